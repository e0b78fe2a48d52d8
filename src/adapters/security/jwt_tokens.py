import hashlib
import secrets
from datetime import UTC, datetime, timedelta

import jwt

from application.ports.clock import Clock
from application.ports.security import SessionClaims

_ALGORITHM = "HS256"
_AUDIENCE = "gumruk"


class JwtSessionTokens:
    """Signed, expiring session tokens (HS256 with the server's secret key); see ADR 0005. Each carries its own
    session id (`jti`), which signing out revokes (ADR 0038), and the account's password stamp (`pwd`), which a new
    password changes.

    Expiry is checked against the injected clock, not the library's own reading of the time.
    """

    def __init__(self, secret_key: str, clock: Clock, lifetime: timedelta = timedelta(hours=12)) -> None:
        self._secret = hashlib.sha256(b"gumruk-session:" + secret_key.encode()).digest()  # any length -> 32 bytes
        self._clock, self._lifetime = clock, lifetime

    def issue(self, account_id: str, password_stamp: str) -> str:
        now = self._clock.now()
        claims = {"sub": account_id, "aud": _AUDIENCE, "iat": now, "exp": now + self._lifetime,
                  "jti": secrets.token_urlsafe(16), "pwd": password_stamp}  # fmt: skip
        return jwt.encode(claims, self._secret, algorithm=_ALGORITHM)

    def claims_of(self, token: str) -> SessionClaims | None:
        try:
            claims = jwt.decode(token, self._secret, algorithms=[_ALGORITHM], audience=_AUDIENCE,
                                options={"require": ["sub", "exp", "jti", "pwd"], "verify_exp": False,
                                         "verify_iat": False})  # fmt: skip
        except jwt.PyJWTError:
            return None
        subject, expires, session, stamp = (claims.get(name) for name in ("sub", "exp", "jti", "pwd"))
        if not all(isinstance(text, str) for text in (subject, session, stamp)) or not isinstance(expires, int | float):
            return None
        if self._clock.now().timestamp() >= expires:
            return None
        return SessionClaims(str(subject), str(session), datetime.fromtimestamp(expires, UTC), str(stamp))
