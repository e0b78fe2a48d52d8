from application.ports.clock import Clock
from application.ports.ledger import Ledger
from domain.billing.ledger import EntryKind, LedgerEntry


class LedgerCredits:
    """Credits on the ledger: every move is an entry keyed by the job, so a retried step never posts twice."""

    def __init__(self, ledger: Ledger, clock: Clock) -> None:
        self._ledger, self._clock = ledger, clock

    async def reserve(self, account_id: str, job_id: str, amount: int) -> bool:
        key = f"{job_id}:reserve"
        if await self._ledger.entry(key) is not None:
            return True
        entry = self._entry(account_id, job_id, EntryKind.RESERVE, -amount, key)
        if await self._ledger.reserve_if_covered(entry):
            return True
        return await self._ledger.entry(key) is not None  # a concurrent delivery of the same step won

    async def capture(self, account_id: str, job_id: str, amount: int) -> None:
        """Charges at most what was reserved; the rest comes back. Nothing happens without a reservation."""
        reserved = await self._reserved(job_id)
        if reserved is None:
            return
        returned = reserved - min(max(amount, 0), reserved)
        await self._ledger.post(self._entry(account_id, job_id, EntryKind.CAPTURE, returned, f"{job_id}:capture"))

    async def release(self, account_id: str, job_id: str) -> None:
        reserved = await self._reserved(job_id)
        if reserved is None:
            return
        await self._ledger.post(self._entry(account_id, job_id, EntryKind.RELEASE, reserved, f"{job_id}:release"))

    async def _reserved(self, job_id: str) -> int | None:
        reservation = await self._ledger.entry(f"{job_id}:reserve")
        return -reservation.amount if reservation else None

    def _entry(self, account_id: str, job_id: str, kind: EntryKind, amount: int, key: str) -> LedgerEntry:
        return LedgerEntry(account_id, kind, amount, key, self._clock.now(), job_id=job_id)
