"""What a job stopped in AWAITING_CREDITS needs: the credits it waits for, the balance, and what to buy."""

from dataclasses import dataclass

from application.ports.ledger import Ledger
from domain.billing.ledger import CreditPackage
from domain.processing.job import JobStatus, ProcessingJob


@dataclass(frozen=True, slots=True)
class CreditsWait:
    needed: int  # one per distinct line: what the job reserves before classifying
    balance: int
    options: tuple[CreditPackage, ...]

    @property
    def message(self) -> str:
        return (
            f"{self.needed} credit(s) needed to classify the {self.needed} distinct line(s) of this file; "
            f"the balance is {self.balance}. Buy credits (or ask an administrator for a grant): the job resumes "
            "by itself once they arrive."
        )


class WaitingForCredits:
    def __init__(self, ledger: Ledger, packages: tuple[CreditPackage, ...]) -> None:
        self._ledger, self._packages = ledger, packages

    async def __call__(self, job: ProcessingJob) -> CreditsWait | None:
        """None unless the job waits for credits."""
        if job.status is not JobStatus.AWAITING_CREDITS:
            return None
        return CreditsWait(job.lines_distinct, await self._ledger.balance(job.account_id), self._packages)
