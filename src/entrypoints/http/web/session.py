"""A browser's session: the session token in an HttpOnly cookie, and the CSRF token derived from it.

Pages call the same JSON API as scripts do; the cookie stands in for the `Authorization` header. A request
the cookie authenticates must come from this site (its Origin) and, when it changes something, carry the
page's CSRF token in `X-CSRF-Token`, which another site cannot read or compute (ADR 0011).
"""

import hashlib
import hmac
from urllib.parse import urlsplit

from litestar.connection import ASGIConnection
from litestar.datastructures import Cookie

SESSION_COOKIE = "gumruk_session"
CSRF_HEADER = "x-csrf-token"
SESSION_SECONDS = 12 * 3600  # the session token's own lifetime
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def csrf_token(secret: str, session_token: str) -> str:
    return hmac.new(secret.encode(), b"csrf:" + session_token.encode(), hashlib.sha256).hexdigest()


def csrf_matches(secret: str, session_token: str, offered: str) -> bool:
    return hmac.compare_digest(csrf_token(secret, session_token), offered)


def same_origin(connection: ASGIConnection) -> bool:
    """True unless the browser says the request comes from another site (no Origin: not a cross-site request)."""
    origin = connection.headers.get("origin")
    if not origin:
        return True
    return urlsplit(origin).netloc.lower() == connection.headers.get("host", "").lower()


def session_cookie(token: str, secure: bool) -> Cookie:
    return Cookie(key=SESSION_COOKIE, value=token, max_age=SESSION_SECONDS, path="/", secure=secure,
                  httponly=True, samesite="lax")  # fmt: skip


def expired_session_cookie() -> Cookie:
    return Cookie(key=SESSION_COOKIE, value="", max_age=0, path="/", httponly=True, samesite="lax")


def safe_next(target: str | None, default: str = "/dashboard") -> str:
    """Where to go after signing in: a path on this site only (never `//other.site` or a full URL)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    return target
