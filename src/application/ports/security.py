from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class SessionClaims:
    account_id: str
    session_id: str  # one per sign-in: what signing out revokes
    expires_at: datetime
    password_stamp: str  # the account's when the token was issued: a token from before a new password is refused


class PasswordHasher(Protocol):
    def hash(self, password: str) -> str: ...

    def verify(self, password_hash: str, password: str) -> bool:
        """False for a wrong password or an unreadable hash; never raises."""
        ...


class SessionTokens(Protocol):
    """Bearer tokens handed out at sign-in."""

    def issue(self, account_id: str, password_stamp: str) -> str: ...

    def claims_of(self, token: str) -> SessionClaims | None:
        """Whom and which session the token was issued to; None when forged, expired or malformed."""
        ...
