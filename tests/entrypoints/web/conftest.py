"""The web pages under test: in-process through Litestar's TestClient (`embedded`), and in a real browser: the
embedded service (SQLite, files on disk, in-process worker, the real offline classifier) served on loopback and
headless Debian Chromium driven by Playwright (`service`, `browser`, `page`).

Outside CI a missing Chromium skips these tests with the reason; under CI=true it fails them.
Screenshots go to $GUMRUK_SCREENSHOTS when set (docs/screenshots for the README), else to a temporary folder.
"""

import asyncio
import os
import shutil
import uuid
from collections.abc import Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import pytest
from litestar.testing import TestClient

from adapters.persistence.migrations import upgrade_database
from entrypoints.container import Container
from tests.entrypoints.http.conftest import embedded_app
from tests.entrypoints.web.served import serving

CHROMIUM = os.environ.get("GUMRUK_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]  # fmt: skip
PASSWORD = "correct horse battery"
ADMIN = "admin@example.com"
TRIAL_CREDITS = 40
T = TypeVar("T")


def _chromium() -> str:
    found = CHROMIUM if Path(CHROMIUM).is_file() else shutil.which("chromium")
    if found:
        return found
    message = f"Chromium is not installed at {CHROMIUM} (apt-get install -y chromium)"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message}; CI=true: the browser tests must run")
    pytest.skip(f"{message}: the browser tests are skipped")


@pytest.fixture(scope="session")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any]]:
    """The base URL and the container of `gumruk serve` with an administrator, shared by the browser tests."""
    _chromium()
    with pytest.MonkeyPatch.context() as patch:  # the settings are read once, here
        for name in ("GUMRUK_REDIS_URL", "GUMRUK_S3_BUCKET", "GUMRUK_DATABASE_URL", "GUMRUK_SECRET_KEY"):
            patch.delenv(name, raising=False)
        patch.setenv("GUMRUK_TRIAL_CREDITS", str(TRIAL_CREDITS))
        patch.setenv("GUMRUK_DATADOG", "off")
        container = Container.for_service(tmp_path_factory.mktemp("served") / "data")
    upgrade_database(container.settings().database_url)
    container.offline_classifier().warm_up()  # as `gumruk serve` does before it listens
    run_async(_create_admin(container))
    with serving(container) as base_url:
        yield base_url, container


def run_async(work: Coroutine[Any, Any, T]) -> T:
    """Runs `work` in a thread of its own: Playwright's sync API keeps an event loop running in this one."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, work).result()


async def _create_admin(container: Any) -> None:
    await container.create_administrator()(ADMIN, PASSWORD)
    await container.database_engine().dispose()  # the server's own event loop opens its connections again


@pytest.fixture
def embedded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[TestClient[Any], Any]]:
    """The embedded app in-process (no browser) and its container, with the keyword classifier."""
    with embedded_app(tmp_path / "data", monkeypatch) as served:
        yield served


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Per module: Playwright's sync API keeps an event loop running in the main thread until it stops, which
    would break every later test that runs one of its own."""
    from playwright.sync_api import sync_playwright

    executable = _chromium()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any, service: tuple[str, Any]) -> Iterator[Any]:
    """A fresh browser context (no cookies) on a laptop-sized screen, in English unless a test switches."""
    context = browser.new_context(base_url=service[0], viewport={"width": 1440, "height": 900}, locale="en-US",
                                  accept_downloads=True)  # fmt: skip
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    chosen = os.environ.get("GUMRUK_SCREENSHOTS")
    folder = Path(chosen) if chosen else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def new_email(prefix: str = "broker") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}@example.com"


def register(page: Any, email: str) -> None:
    page.goto("/register")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/dashboard")


def sign_in(page: Any, email: str, password: str = PASSWORD) -> None:
    page.goto("/sign-in")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url("**/dashboard")


def upload_lines(page: Any, name: str, count: int, wait: bool = True) -> None:
    """A product list of `count` distinct lines, uploaded from the dashboard."""
    header = "Description,Quantity,Unit,Amount USD,Net weight kg,Country of origin\n"
    body = "".join(f"Laptop computer model {n},1,pcs,900,2,China\n" for n in range(count))
    page.set_input_files("#file-input", files=[{"name": name, "mimeType": "text/csv",
                                                 "buffer": (header + body).encode()}])  # fmt: skip
    page.click("#upload-button")
    if wait:
        page.wait_for_url("**/jobs/*")
