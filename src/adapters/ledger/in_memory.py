import copy

from domain.billing.ledger import EntryKind, LedgerEntry, Purchase

SETTLING = frozenset({EntryKind.CAPTURE, EntryKind.RELEASE})


class InMemoryLedger:
    """The Ledger twin: unique keys, and at most one settlement (capture or release) per job."""

    def __init__(self) -> None:
        self._entries: dict[str, LedgerEntry] = {}
        self._settled: set[str] = set()

    async def post(self, entry: LedgerEntry) -> bool:
        if entry.key in self._entries:
            return False
        if entry.kind in SETTLING and entry.job_id is not None:
            if entry.job_id in self._settled:
                return False
            self._settled.add(entry.job_id)
        self._entries[entry.key] = entry
        return True

    async def balance(self, account_id: str) -> int:
        return sum(e.amount for e in self._entries.values() if e.account_id == account_id)

    async def entries(self, account_id: str, limit: int = 100) -> list[LedgerEntry]:
        """Newest first."""
        mine = [e for e in self._entries.values() if e.account_id == account_id]
        return list(reversed(mine))[:limit]

    async def reserve_if_covered(self, entry: LedgerEntry) -> bool:
        """Atomic by construction: no await between the check and the write."""
        if entry.key in self._entries or self._balance_now(entry.account_id) + entry.amount < 0:
            return False
        self._entries[entry.key] = entry
        return True

    async def entry(self, key: str) -> LedgerEntry | None:
        return self._entries.get(key)

    def _balance_now(self, account_id: str) -> int:
        return sum(e.amount for e in self._entries.values() if e.account_id == account_id)


class InMemoryPurchases:
    def __init__(self) -> None:
        self._purchases: dict[str, Purchase] = {}

    async def add(self, purchase: Purchase) -> None:
        if purchase.id in self._purchases:
            raise ValueError(f"purchase {purchase.id} already exists")
        self._purchases[purchase.id] = copy.deepcopy(purchase)

    async def get(self, purchase_id: str) -> Purchase | None:
        purchase = self._purchases.get(purchase_id)
        return copy.deepcopy(purchase) if purchase else None

    async def save(self, purchase: Purchase) -> None:
        self._purchases[purchase.id] = copy.deepcopy(purchase)

    async def pending(self) -> list[Purchase]:
        """Oldest first: the order an administrator works through them."""
        waiting = [p for p in self._purchases.values() if p.status == "pending"]
        return [copy.deepcopy(p) for p in sorted(waiting, key=lambda p: (p.created_at, p.id))]
