from application.errors import ApplicationError, Conflict, Invalid, NotFound
from domain.billing.ledger import CreditPackage


class UnknownPackage(NotFound):
    code = "unknown_package"


class PurchaseNotFound(NotFound):
    code = "purchase_not_found"


class PurchaseSettled(Conflict):
    code = "purchase_settled"


class InvalidGrant(Invalid):
    code = "invalid_grant"


class CreditsShort(ApplicationError):
    """Not even the first line can be paid for: the upload is refused before anything is stored."""

    code = "credits_short"

    def __init__(self, balance: int, required: int, options: list[CreditPackage]) -> None:
        super().__init__(f"{required} credit(s) needed to start a job; the balance is {balance}")
        self.balance, self.required, self.options = balance, required, options
