"""Pages from Jinja templates, autoescaped; every page carries a strict Content-Security-Policy."""

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from litestar import Request, Response
from litestar.enums import MediaType

from domain.accounts.account import Account, Role
from entrypoints.http.web.i18n import LANGUAGES, catalog, language_of
from entrypoints.http.web.session import csrf_token

AnyRequest = Request[Any, Any, Any]
TEMPLATES = Path(__file__).parent / "templates"
# No inline script or style, nothing from another origin: injected markup could not run even if it got in.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


class Pages:
    def __init__(self, csrf_secret: str) -> None:
        self._csrf_secret = csrf_secret
        self._env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined)

    def render(self, request: AnyRequest, template: str, status: int = 200, **context: Any) -> Response[str]:
        """`template` with the language, the signed-in account and its CSRF token, and `context`."""
        language = language_of(request)
        messages = catalog(language)
        account, token = request.scope.get("user"), request.scope.get("auth")
        signed_in = isinstance(account, Account)
        html = self._env.get_template(template).render(
            lang=language, languages=LANGUAGES, messages=messages, t=lambda key: messages.get(key, key),
            account=account if signed_in else None, is_admin=signed_in and account.role is Role.ADMIN,
            csrf=csrf_token(self._csrf_secret, token) if signed_in and isinstance(token, str) else "",
            path=request.url.path, query=request.url.query, **context,
        )  # fmt: skip
        return Response(html, media_type=MediaType.HTML, status_code=status, headers=SECURITY_HEADERS)
