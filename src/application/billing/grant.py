"""An administrator grants credits to an account (a goodwill top-up, a correction)."""

import uuid

from application.billing.errors import InvalidGrant
from application.billing.resume import ResumeAwaitingJobs
from application.errors import NotFound
from application.ports.accounts import AccountRepository
from application.ports.activity import Activity, ActivityLog
from application.ports.clock import Clock
from application.ports.ledger import Ledger
from domain.billing.ledger import EntryKind, LedgerEntry

MAX_GRANT = 10_000_000


class GrantCredits:
    def __init__(
        self,
        accounts: AccountRepository,
        ledger: Ledger,
        resume: ResumeAwaitingJobs,
        activity: ActivityLog,
        clock: Clock,
    ) -> None:
        self._accounts, self._ledger, self._resume = accounts, ledger, resume
        self._activity, self._clock = activity, clock

    async def __call__(
        self, account_id: str, credits: int, granted_by: str, note: str = ""
    ) -> tuple[LedgerEntry, list[str]]:
        """The grant posted and the ids of the waiting jobs sent back to the workers."""
        if not 0 < credits <= MAX_GRANT:
            raise InvalidGrant(f"a grant is between 1 and {MAX_GRANT} credits, not {credits}")
        if await self._accounts.get(account_id) is None:
            raise NotFound(f"no account {account_id}")
        now = self._clock.now()
        entry = LedgerEntry(account_id, EntryKind.GRANT, credits, f"grant:{uuid.uuid4().hex}", now,
                            note=note or f"granted by {granted_by}")  # fmt: skip
        await self._ledger.post(entry)
        await self._activity.record(Activity(granted_by, "admin-grant", now, account_id, {"credits": str(credits)}))
        return entry, await self._resume(account_id)
