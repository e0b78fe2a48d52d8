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
    """The balance cannot pay for the file's lines: the upload is refused before anything is stored."""

    code = "credits_short"

    def __init__(
        self, balance: int, required: int, options: list[CreditPackage], purpose: str = "to start a job"
    ) -> None:
        super().__init__(f"{required} credit(s) needed {purpose}; the balance is {balance}")
        self.balance, self.required, self.options = balance, required, options
