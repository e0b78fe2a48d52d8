"""The credit ledger: append-only entries; the balance is their sum, never stored."""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class EntryKind(StrEnum):
    GRANT = "grant"  # trial or admin grant: +n
    PURCHASE = "purchase"  # an approved purchase: +n
    RESERVE = "reserve"  # held for a job: -n
    CAPTURE = "capture"  # the job completed: +(reserved - charged), the unused part comes back
    RELEASE = "release"  # the job failed: +reserved


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """`key` is unique: (job, kind) for job entries, so a retried step can never post twice."""

    account_id: str
    kind: EntryKind
    amount: int
    key: str
    created_at: datetime
    job_id: str | None = None
    note: str = ""

    @property
    def charged(self) -> int:
        """Credits this entry consumed for good (reserve minus what capture gave back)."""
        return -self.amount if self.kind in (EntryKind.RESERVE, EntryKind.CAPTURE) else 0


def balance(entries: list[LedgerEntry]) -> int:
    return sum(entry.amount for entry in entries)


@dataclass(frozen=True, slots=True)
class CreditPackage:
    id: str
    credits: int
    price: str  # decimal string
    currency: str


@dataclass(slots=True)
class Purchase:
    id: str
    account_id: str
    package_id: str
    credits: int
    created_at: datetime
    status: str = "pending"  # pending -> approved | rejected
