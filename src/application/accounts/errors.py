from application.errors import ApplicationError, Conflict, Invalid


class EmailTaken(Conflict):
    code = "email_taken"


class InvalidEmail(Invalid):
    code = "invalid_email"


class WeakPassword(Invalid):
    code = "weak_password"


class WrongPassword(Invalid):
    """The current password, asked for before a new one is set, is not the account's."""

    code = "wrong_password"


class InvalidCredentials(ApplicationError):
    """Wrong email or password: one message for both, so that emails cannot be probed."""

    code = "invalid_credentials"


class NotAuthenticated(ApplicationError):
    code = "not_authenticated"


class TooManySignIns(ApplicationError):
    """Too many failed sign-ins of the account or from the address: refused, the password unread, for a while."""

    code = "too_many_sign_ins"

    def __init__(self, retry_after: int) -> None:
        self.retry_after = retry_after  # seconds
        super().__init__(f"too many failed sign-ins; wait {self.minutes} min and try again")

    @property
    def minutes(self) -> int:
        return -(-self.retry_after // 60)
