import hashlib
from datetime import timedelta

import jwt

from application.ports.clock import Clock

_ALGORITHM = "HS256"
_AUDIENCE = "gumruk"


class JwtSessionTokens:
    """Signed, expiring session tokens (HS256 with the server's secret key); see ADR 0005.

    Expiry is checked against the injected clock, not the library's own reading of the time.
    """

    def __init__(self, secret_key: str, clock: Clock, lifetime: timedelta = timedelta(hours=12)) -> None:
        self._secret = hashlib.sha256(b"gumruk-session:" + secret_key.encode()).digest()  # any length -> 32 bytes
        self._clock, self._lifetime = clock, lifetime

    def issue(self, account_id: str) -> str:
        now = self._clock.now()
        claims = {"sub": account_id, "aud": _AUDIENCE, "iat": now, "exp": now + self._lifetime}
        return jwt.encode(claims, self._secret, algorithm=_ALGORITHM)

    def account_of(self, token: str) -> str | None:
        try:
            claims = jwt.decode(token, self._secret, algorithms=[_ALGORITHM], audience=_AUDIENCE,
                                options={"require": ["sub", "exp"], "verify_exp": False,
                                         "verify_iat": False})  # fmt: skip
        except jwt.PyJWTError:
            return None
        subject, expires = claims.get("sub"), claims.get("exp")
        if not isinstance(subject, str) or not isinstance(expires, int | float):
            return None
        return subject if self._clock.now().timestamp() < expires else None
