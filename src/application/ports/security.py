from typing import Protocol


class PasswordHasher(Protocol):
    def hash(self, password: str) -> str: ...

    def verify(self, password_hash: str, password: str) -> bool:
        """False for a wrong password or an unreadable hash; never raises."""
        ...


class SessionTokens(Protocol):
    """Bearer tokens handed out at sign-in."""

    def issue(self, account_id: str) -> str: ...

    def account_of(self, token: str) -> str | None:
        """The account id the token was issued to; None when forged, expired or malformed."""
        ...
