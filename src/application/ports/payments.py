from typing import Protocol

from domain.billing.ledger import Purchase


class PaymentGateway(Protocol):
    """Takes the money for a credit package; the purchase is approved once the payment is confirmed."""

    async def checkout(self, purchase: Purchase) -> Purchase:
        """Records the purchase and starts the payment; the returned purchase says whether it is paid yet."""
        ...
