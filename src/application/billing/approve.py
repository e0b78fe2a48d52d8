"""An administrator confirms a payment: the credits are posted and waiting jobs resume."""

from application.billing.errors import PurchaseNotFound, PurchaseSettled
from application.billing.resume import ResumeAwaitingJobs
from application.ports.activity import Activity, ActivityLog
from application.ports.clock import Clock
from application.ports.ledger import Ledger, Purchases
from domain.billing.ledger import EntryKind, LedgerEntry, Purchase

APPROVED = "approved"


class ApprovePurchase:
    def __init__(
        self,
        purchases: Purchases,
        ledger: Ledger,
        resume: ResumeAwaitingJobs,
        activity: ActivityLog,
        clock: Clock,
    ) -> None:
        self._purchases, self._ledger, self._resume = purchases, ledger, resume
        self._activity, self._clock = activity, clock

    async def __call__(self, purchase_id: str, approved_by: str) -> Purchase:
        """Approving twice posts the credits once (the ledger key is the purchase)."""
        purchase = await self._purchases.get(purchase_id)
        if purchase is None:
            raise PurchaseNotFound(f"no purchase {purchase_id}")
        if purchase.status not in ("pending", APPROVED):
            raise PurchaseSettled(f"purchase {purchase_id} is {purchase.status}")
        now = self._clock.now()
        entry = LedgerEntry(purchase.account_id, EntryKind.PURCHASE, purchase.credits, f"purchase:{purchase.id}",
                            now, note=f"package {purchase.package_id}")  # fmt: skip
        await self._ledger.post(entry)
        if purchase.status != APPROVED:
            purchase.status = APPROVED
            await self._purchases.save(purchase)
            await self._activity.record(Activity(approved_by, "admin-approve-purchase", now, purchase.id,
                                                 {"account": purchase.account_id}))  # fmt: skip
        await self._resume(purchase.account_id)
        return purchase
