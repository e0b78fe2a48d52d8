"""What a page shows when it cannot: the sign-in page when the session is missing or stale, an error page
for 403 and 404 (never JSON in the browser), 503 naming a backing service that does not answer, and a logged 500."""

import logging
from typing import Any
from urllib.parse import quote

from litestar import Response
from litestar.exceptions import NotAuthorizedException, NotFoundException, PermissionDeniedException
from litestar.response import Redirect
from litestar.types import ExceptionHandlersMap

from application.errors import NotFound
from entrypoints.http.unavailable import RETRY_AFTER, told, unavailable_service, warn
from entrypoints.http.web.i18n import language_of
from entrypoints.http.web.rendering import AnyRequest, Pages
from entrypoints.http.web.session import SESSION_COOKIE, expired_session_cookie

log = logging.getLogger("gumruk.web")


def page_exception_handlers(pages: Pages) -> ExceptionHandlersMap:
    def sign_in_first(request: AnyRequest, _: Exception) -> Response[Any]:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        ended = "ended=true&" if request.cookies.get(SESSION_COOKIE) else ""  # a session that was, not none at all
        return Redirect(f"/sign-in?{ended}next={quote(target, safe='')}", status_code=303,
                        cookies=[expired_session_cookie()])  # fmt: skip

    def forbidden(request: AnyRequest, _: Exception) -> Response[Any]:
        return pages.render(request, "error.html", 403, code=403)

    def not_found(request: AnyRequest, _: Exception) -> Response[Any]:
        return pages.render(request, "error.html", 404, code=404)

    def unexpected(request: AnyRequest, error: Exception) -> Response[Any]:
        if service := unavailable_service(error):
            warn(service, error, f"page {request.url.path}")
            hint = told("error.page.503.hint", service, language_of(request))
            page = pages.render(request, "error.html", 503, code=503, hint=hint)
            page.headers.update(RETRY_AFTER)
            return page
        log.exception("unhandled error on page %s", request.url.path, exc_info=error)
        return pages.render(request, "error.html", 500, code=500)

    return {
        NotAuthorizedException: sign_in_first,
        PermissionDeniedException: forbidden,
        NotFoundException: not_found,
        NotFound: not_found,
        Exception: unexpected,
    }
