"""Bearer tokens as before, and the pages' session cookie (with the Origin and CSRF checks of ADR 0011)."""

from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.middleware import AuthenticationResult
from litestar.types import ASGIApp, Scopes

from application.accounts.authenticate import Authenticate
from application.accounts.errors import NotAuthenticated
from entrypoints.http.auth import BearerAuthentication
from entrypoints.http.web.session import CSRF_HEADER, SAFE_METHODS, SESSION_COOKIE, csrf_matches, same_origin

# Pages anyone may open, and the files they load.
WEB_PUBLIC_PATHS = ["^/$", "^/sign-in$", "^/register$", "^/lang/", "^/static/"]


class SessionAuthentication(BearerAuthentication):
    def __init__(
        self, app: ASGIApp, authenticate: Authenticate, exclude: list[str], scopes: Scopes, csrf_secret: str
    ) -> None:
        super().__init__(app, authenticate, exclude, scopes)
        self._csrf_secret = csrf_secret

    async def authenticate_request(self, connection: ASGIConnection) -> AuthenticationResult:
        token = connection.cookies.get(SESSION_COOKIE, "")
        socket_token = connection.scope["type"] == "websocket" and connection.query_params.get("token")
        explicit = connection.headers.get("authorization") or socket_token
        if explicit or not token:
            return await super().authenticate_request(connection)
        if not same_origin(connection):
            raise PermissionDeniedException("a page of another site may not use your Gumruk session")
        if connection.scope["type"] == "http" and connection.scope.get("method", "GET") not in SAFE_METHODS:
            offered = connection.headers.get(CSRF_HEADER, "")
            if not csrf_matches(self._csrf_secret, token, offered):
                raise PermissionDeniedException("the page's CSRF token is missing or wrong: reload the page")
        try:
            account = await self._authenticate(token)
        except NotAuthenticated as error:
            raise NotAuthorizedException(f"{error}: sign in again") from error
        return AuthenticationResult(user=account, auth=token)
