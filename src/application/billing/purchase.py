"""Buying a credit package through the payment gateway."""

import uuid

from application.billing.packages import find_package
from application.ports.activity import Activity, ActivityLog
from application.ports.clock import Clock
from application.ports.payments import PaymentGateway
from domain.billing.ledger import CreditPackage, Purchase


class PurchaseCredits:
    def __init__(
        self,
        gateway: PaymentGateway,
        activity: ActivityLog,
        clock: Clock,
        packages: tuple[CreditPackage, ...],
    ) -> None:
        self._gateway, self._activity, self._clock, self._packages = gateway, activity, clock, packages

    async def __call__(self, account_id: str, package_id: str) -> Purchase:
        package = find_package(self._packages, package_id)
        purchase = Purchase(uuid.uuid4().hex, account_id, package.id, package.credits, self._clock.now())
        purchase = await self._gateway.checkout(purchase)
        await self._activity.record(Activity(account_id, "purchase", purchase.created_at, purchase.id,
                                             {"package": package.id, "status": purchase.status}))  # fmt: skip
        return purchase
