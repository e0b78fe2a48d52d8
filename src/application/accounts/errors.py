from application.errors import ApplicationError, Conflict, Invalid


class EmailTaken(Conflict):
    code = "email_taken"


class InvalidEmail(Invalid):
    code = "invalid_email"


class WeakPassword(Invalid):
    code = "weak_password"


class InvalidCredentials(ApplicationError):
    """Wrong email or password: one message for both, so that emails cannot be probed."""

    code = "invalid_credentials"


class NotAuthenticated(ApplicationError):
    code = "not_authenticated"
