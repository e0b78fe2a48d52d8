"""Every error leaves as JSON {code, message}: application errors by their own code, HTTP ones by status, a
backing service that does not answer as 503 service_unavailable (see unavailable.py)."""

import logging
from http import HTTPStatus

from litestar import Request, Response
from litestar.exceptions import HTTPException, ValidationException
from litestar.types import ExceptionHandlersMap

from application.accounts.errors import InvalidCredentials, NotAuthenticated, TooManySignIns
from application.billing.errors import CreditsShort
from application.errors import ApplicationError, Conflict, Invalid, NotFound
from application.pipeline.file_kind import UnsupportedFile
from entrypoints.http.schemas.credits import PackageOut
from entrypoints.http.schemas.errors import CreditsShortOut, ErrorOut
from entrypoints.http.unavailable import RETRY_AFTER, told, unavailable_service, warn
from entrypoints.http.web.i18n import answer_language, catalog
from entrypoints.http.web.problem_texts import translated

log = logging.getLogger("gumruk.http")

_STATUS_OF: list[tuple[type[ApplicationError], int]] = [
    (NotFound, 404), (Conflict, 409), (Invalid, 422), (UnsupportedFile, 415),
    (InvalidCredentials, 401), (NotAuthenticated, 401), (TooManySignIns, 429),
]  # fmt: skip
_CODE_OF_STATUS = {
    400: "bad_request", 401: "not_authenticated", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    409: "conflict", 413: "file_too_large", 415: "unsupported_file", 422: "invalid", 429: "too_many_requests",
}  # fmt: skip


class InvalidHeader(Invalid):
    """422: header fields of an upload or profile that a declaration cannot carry; each one is named."""

    code = "invalid_header"

    def __init__(self, named: list[tuple[str | None, str]]) -> None:
        """`named`: each wrong field's name (None for the whole header) and why."""
        self.named = named
        self.problems = [f"{field}: {reason}" if field else reason for field, reason in named]
        super().__init__("the declaration header has wrong fields: " + "; ".join(self.problems))

    def told(self, language: str) -> list[str]:
        """Each problem in `language`: the field's label from the pages' catalog, the reason from the problems'."""
        if language not in ("ru", "tk"):
            return self.problems
        labels, told = catalog(language), [translated(reason, language) or reason for _, reason in self.named]
        return [
            f"{labels.get(f'field.{field}', field)}: {reason}" if field else reason
            for (field, _), reason in zip(self.named, told, strict=True)
        ]


def _application_error(request: Request, error: ApplicationError) -> Response[object]:
    if isinstance(error, CreditsShort):
        options = [PackageOut.of(p) for p in error.options]
        message = translated(str(error), answer_language(request)) or str(error)
        body = CreditsShortOut(error.code, message, str(error), error.balance, error.required, options)
        return Response(body, status_code=402)
    status = next((code for kind, code in _STATUS_OF if isinstance(error, kind)), 400)
    language = answer_language(request)
    problems = error.told(language) if isinstance(error, InvalidHeader) else None
    headers = {"Retry-After": str(error.retry_after)} if isinstance(error, TooManySignIns) else None
    fields = [name for name, _ in error.named if name] if isinstance(error, InvalidHeader) else None
    answer = ErrorOut(error.code, translated(str(error), language) or str(error), problems, fields or None)
    return Response(answer, status_code=status, headers=headers)


def _http_error(request: Request, error: HTTPException) -> Response[object]:
    status = error.status_code
    code = "validation_error" if isinstance(error, ValidationException) else _CODE_OF_STATUS.get(status, "error")
    message = str(error.detail) if error.detail else HTTPStatus(status).phrase
    problems = [_extra(item) for item in error.extra] if isinstance(error.extra, list) and error.extra else None
    if status == 413:
        message = f"{message}: the upload is larger than this server accepts"
    return Response(ErrorOut(code, message, problems), status_code=status, headers=error.headers)


def _extra(item: object) -> str:
    if isinstance(item, dict):
        return f"{item.get('key', '')}: {item.get('message', '')}".strip(": ")
    return str(item)


def _unexpected(request: Request, error: Exception) -> Response[object]:
    if service := unavailable_service(error):
        warn(service, error, f"{request.method} {request.url.path}")
        message = told("unavailable.message", service, answer_language(request))
        return Response(ErrorOut("service_unavailable", message), status_code=503, headers=RETRY_AFTER)
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=error)
    return Response(ErrorOut("internal_error", "something went wrong on our side; it has been logged"),
                    status_code=500)  # fmt: skip


EXCEPTION_HANDLERS: ExceptionHandlersMap = {
    ApplicationError: _application_error,
    HTTPException: _http_error,
    Exception: _unexpected,
}
