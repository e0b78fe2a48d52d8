"""An account's balance and its latest ledger entries."""

from dataclasses import dataclass

from application.ports.ledger import Ledger
from domain.billing.ledger import LedgerEntry


@dataclass(frozen=True, slots=True)
class Statement:
    balance: int
    entries: list[LedgerEntry]


class CreditStatement:
    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger

    async def __call__(self, account_id: str, limit: int = 100) -> Statement:
        return Statement(await self._ledger.balance(account_id), await self._ledger.entries(account_id, limit))
