from application.ports.ledger import Purchases
from domain.billing.ledger import Purchase


class ManualApprovalGateway:
    """The embedded payment gateway: the purchase waits, pending, until an administrator approves it
    (payment by bank transfer or invoice, checked by a person)."""

    def __init__(self, purchases: Purchases) -> None:
        self._purchases = purchases

    async def checkout(self, purchase: Purchase) -> Purchase:
        await self._purchases.add(purchase)
        return purchase
