"""Bodies of the credit balance, packages, purchases and grants."""

from datetime import datetime

import msgspec

from application.billing.waiting_for_credits import CreditsWait
from domain.billing.ledger import CreditPackage, LedgerEntry, Purchase


class EntryOut(msgspec.Struct):
    kind: str
    amount: int
    created_at: datetime
    job_id: str | None
    note: str

    @classmethod
    def of(cls, entry: LedgerEntry) -> "EntryOut":
        return cls(entry.kind.value, entry.amount, entry.created_at, entry.job_id, entry.note)


class CreditsOut(msgspec.Struct):
    balance: int
    entries: list[EntryOut]
    pricing: str = "1 credit per line classified; lines answered from your memory and repeated lines are free"


class PackageOut(msgspec.Struct):
    id: str
    credits: int
    price: str
    currency: str

    @classmethod
    def of(cls, package: CreditPackage) -> "PackageOut":
        return cls(package.id, package.credits, package.price, package.currency)


class PurchaseIn(msgspec.Struct, forbid_unknown_fields=True):
    package_id: str


class PurchaseOut(msgspec.Struct):
    id: str
    account_id: str
    package_id: str
    credits: int
    status: str
    created_at: datetime

    @classmethod
    def of(cls, purchase: Purchase) -> "PurchaseOut":
        return cls(purchase.id, purchase.account_id, purchase.package_id, purchase.credits, purchase.status,
                   purchase.created_at)  # fmt: skip


class GrantIn(msgspec.Struct, forbid_unknown_fields=True):
    credits: int
    note: str = ""


class CreditsWaitOut(msgspec.Struct):
    """A job in AWAITING_CREDITS: what it needs, what the account has, and what it can buy."""

    needed: int
    balance: int
    message: str
    purchase_options: list[PackageOut]

    @classmethod
    def of(cls, wait: CreditsWait) -> "CreditsWaitOut":
        return cls(wait.needed, wait.balance, wait.message, [PackageOut.of(p) for p in wait.options])


class GrantOut(msgspec.Struct):
    account_id: str
    credits: int
    balance: int
    resumed_jobs: list[str]
