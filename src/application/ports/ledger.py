from typing import Protocol

from domain.billing.ledger import LedgerEntry, Purchase


class Ledger(Protocol):
    """Append-only credit entries; `post` is a no-op when an entry with the same key exists."""

    async def post(self, entry: LedgerEntry) -> bool:
        """True when written, False when the key was already there."""
        ...

    async def balance(self, account_id: str) -> int: ...

    async def entries(self, account_id: str, limit: int = 100) -> list[LedgerEntry]: ...

    async def reserve_if_covered(self, entry: LedgerEntry) -> bool:
        """Post a RESERVE only if the balance covers it, atomically against concurrent reservations."""
        ...

    async def entry(self, key: str) -> LedgerEntry | None: ...


class Purchases(Protocol):
    async def add(self, purchase: Purchase) -> None: ...

    async def get(self, purchase_id: str) -> Purchase | None: ...

    async def save(self, purchase: Purchase) -> None: ...

    async def pending(self) -> list[Purchase]: ...
