"""The web pages and their static files, mounted by `create_app` next to the JSON API."""

from pathlib import Path

from litestar import Router
from litestar.datastructures import CacheControlHeader
from litestar.di import Provide
from litestar.static_files import create_static_files_router
from litestar.types import ControllerRouterHandler

from entrypoints.http.web.account_pages import (
    choose_language,
    home,
    register,
    register_page,
    sign_in,
    sign_in_page,
    sign_out,
)
from entrypoints.http.web.admin_pages import accounts_page, activity_page, analytics_page, tariff_page
from entrypoints.http.web.broker_pages import dashboard, job_page, memory_page, password_page
from entrypoints.http.web.page_errors import page_exception_handlers
from entrypoints.http.web.rendering import Pages

STATIC = Path(__file__).parent / "static"


def web_route_handlers(csrf_secret: str) -> list[ControllerRouterHandler]:
    """The pages (their errors as pages too) and /static; `csrf_secret` signs the pages' CSRF tokens."""
    pages = Pages(csrf_secret)
    router = Router(
        "/",
        route_handlers=[home, sign_in_page, sign_in, register_page, register, sign_out, choose_language, dashboard,
                        job_page, memory_page, password_page, accounts_page, tariff_page, activity_page,
                        analytics_page],
        dependencies={"pages": Provide(lambda: pages, sync_to_thread=False)},
        exception_handlers=page_exception_handlers(pages),
        include_in_schema=False,
    )  # fmt: skip
    static = create_static_files_router(
        "/static", directories=[STATIC], cache_control=CacheControlHeader(no_cache=True), include_in_schema=False
    )
    return [router, static]
