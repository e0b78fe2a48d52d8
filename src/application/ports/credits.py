from typing import Protocol


class Credits(Protocol):
    """The account's credit ledger as the pipeline sees it: reserve before work, capture or release after.

    Every call is keyed by the job, so a redelivered step never moves credits twice.
    """

    async def reserve(self, account_id: str, job_id: str, amount: int) -> bool:
        """True when `amount` is now held for the job (or already was); False when the balance is short."""
        ...

    async def capture(self, account_id: str, job_id: str, amount: int) -> None:
        """Charge `amount` of the reservation and release the rest."""
        ...

    async def release(self, account_id: str, job_id: str) -> None:
        """Give the whole reservation back (the job failed)."""
        ...
