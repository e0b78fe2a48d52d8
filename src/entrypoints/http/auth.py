"""Bearer authentication (session token or API key) and the admin guard."""

from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler
from litestar.middleware import AbstractAuthenticationMiddleware, AuthenticationResult
from litestar.types import ASGIApp, Scopes

from application.accounts.authenticate import Authenticate
from application.accounts.errors import NotAuthenticated
from domain.accounts.account import Account, Role

PUBLIC_PATHS = ["^/auth/register$", "^/auth/login$", "^/schema", "^/health$"]


class BearerAuthentication(AbstractAuthenticationMiddleware):
    """`Authorization: Bearer <token>`; a WebSocket may pass `?token=` since browsers cannot set headers there."""

    def __init__(self, app: ASGIApp, authenticate: Authenticate, exclude: list[str], scopes: Scopes) -> None:
        super().__init__(app, exclude=exclude, scopes=scopes)
        self._authenticate = authenticate

    async def authenticate_request(self, connection: ASGIConnection) -> AuthenticationResult:
        header = connection.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            token = connection.query_params.get("token", "") if connection.scope["type"] == "websocket" else ""
        if not token:
            raise NotAuthorizedException("sign in first: send 'Authorization: Bearer <token or API key>'")
        try:
            account = await self._authenticate(token)
        except NotAuthenticated as error:
            raise NotAuthorizedException(str(error)) from error
        return AuthenticationResult(user=account, auth=token)


def client_address(connection: ASGIConnection) -> str:
    """The client's address as the server saw it (behind a proxy: uvicorn's --proxy-headers sets it)."""
    return connection.client.host if connection.client else ""


def admin_only(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    account = connection.user
    if not isinstance(account, Account) or account.role is not Role.ADMIN:
        raise PermissionDeniedException("only an administrator may do this")
