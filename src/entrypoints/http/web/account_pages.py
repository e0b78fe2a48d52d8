"""Sign in, register, sign out and the language switch: the pages anyone may open."""

from dataclasses import dataclass
from typing import Annotated, Any

from litestar import Response, get, post
from litestar.datastructures import Cookie
from litestar.enums import RequestEncodingType
from litestar.exceptions import PermissionDeniedException
from litestar.params import Body, FromPath, FromQuery
from litestar.response import Redirect

from application.accounts.errors import TooManySignIns
from application.accounts.register import MIN_PASSWORD, RegisterAccount
from application.accounts.sign_in import SignIn
from application.accounts.sign_out import SignOut
from application.errors import ApplicationError
from entrypoints.http.auth import client_address
from entrypoints.http.injected import Injected
from entrypoints.http.web.i18n import LANGUAGE_COOKIE, LANGUAGE_SECONDS, LANGUAGES, catalog, language_of
from entrypoints.http.web.rendering import AnyRequest, Pages
from entrypoints.http.web.session import expired_session_cookie, safe_next, same_origin, session_cookie


@dataclass
class CredentialsForm:
    email: str = ""
    password: str = ""
    next: str = ""


Form = Annotated[CredentialsForm, Body(media_type=RequestEncodingType.URL_ENCODED)]


@get("/", include_in_schema=False)
async def home() -> Redirect:
    return Redirect("/dashboard")


@get("/sign-in", include_in_schema=False)
async def sign_in_page(
    request: AnyRequest, pages: Injected[Pages], next: FromQuery[str] = "", ended: FromQuery[bool] = False
) -> Response[str]:
    """`ended`: sent here because the session ended while a page was open; the page says so."""
    return pages.render(request, "sign_in.html", form=CredentialsForm(next=safe_next(next)), error="", ended=ended)


@post("/sign-in", include_in_schema=False)
async def sign_in(request: AnyRequest, data: Form, pages: Injected[Pages], sign_in: Injected[SignIn]) -> Response[Any]:
    _refuse_other_sites(request)
    try:
        _, token = await sign_in(data.email, data.password, client_address(request))
    except TooManySignIns as error:
        return _too_many(request, pages, "sign_in.html", error, form=data)
    except ApplicationError as error:
        return pages.render(request, "sign_in.html", 401, form=data, error=_message(request, error))
    return _signed_in(request, token, data.next)


@get("/register", include_in_schema=False)
async def register_page(request: AnyRequest, pages: Injected[Pages]) -> Response[str]:
    return pages.render(request, "register.html", form=CredentialsForm(), error="", min_password=MIN_PASSWORD)


@post("/register", include_in_schema=False)
async def register(
    request: AnyRequest,
    data: Form,
    pages: Injected[Pages],
    register_account: Injected[RegisterAccount],
    sign_in: Injected[SignIn],
) -> Response[Any]:
    _refuse_other_sites(request)
    try:
        await register_account(data.email, data.password, address=client_address(request))
        _, token = await sign_in(data.email, data.password)
    except TooManySignIns as error:
        return _too_many(request, pages, "register.html", error, form=data, min_password=MIN_PASSWORD)
    except ApplicationError as error:
        return pages.render(request, "register.html", 422, form=data, error=_message(request, error),
                            min_password=MIN_PASSWORD)  # fmt: skip
    return _signed_in(request, token, "/dashboard")


@post("/sign-out", status_code=200, include_in_schema=False)
async def sign_out(request: AnyRequest, sign_out: Injected[SignOut]) -> Response[dict[str, str]]:
    """Called by the page's script (so with the CSRF token): the session is revoked and the cookie dropped."""
    if isinstance(request.auth, str):
        await sign_out(request.auth)
    return Response({"location": "/sign-in"}, cookies=[expired_session_cookie()])


@get("/lang/{language:str}", include_in_schema=False)
async def choose_language(language: FromPath[str], next: FromQuery[str] = "") -> Redirect:
    cookies = [Cookie(key=LANGUAGE_COOKIE, value=language, max_age=LANGUAGE_SECONDS, path="/", samesite="lax")]
    return Redirect(safe_next(next), cookies=cookies if language in LANGUAGES else [])


def _signed_in(request: AnyRequest, token: str, target: str) -> Redirect:
    secure = request.url.scheme == "https"  # behind a proxy: uvicorn's --proxy-headers
    return Redirect(safe_next(target), status_code=303, cookies=[session_cookie(token, secure)])


def _refuse_other_sites(request: AnyRequest) -> None:
    """A form on another site may not sign a visitor in to an account of its choosing."""
    if not same_origin(request):
        raise PermissionDeniedException("sign in on Gumruk's own page")


def _too_many(request: AnyRequest, pages: Pages, template: str, error: TooManySignIns, **context: Any) -> Response[str]:
    message = _message(request, error).format(minutes=error.minutes)
    page = pages.render(request, template, 429, error=message, **context)
    page.set_header("Retry-After", str(error.retry_after))
    return page


def _message(request: AnyRequest, error: ApplicationError) -> str:
    """The error in the page's language when the catalog has it, else the use case's own words."""
    return catalog(language_of(request)).get(f"error.{error.code}", str(error))
