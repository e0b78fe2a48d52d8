"""An administrator in a real browser: the analytics dashboard updates live after a job completes, a national
tariff is imported, the activity log filters; a broker gets 403 on every admin page and endpoint."""

from pathlib import Path
from typing import Any

import pytest

from tests.entrypoints.web.conftest import ADMIN, new_email, register, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.slow]
EXAMPLES = Path(__file__).parents[3] / "examples"
ADMIN_PAGES = ("/admin", "/admin/tariff", "/admin/activity", "/admin/analytics")


def test_a_broker_gets_403_on_the_admin_pages_endpoints_and_metrics_socket(page: Any) -> None:
    register(page, new_email())
    for path in ADMIN_PAGES:
        answer = page.goto(path)
        assert answer.status == 403, path
        assert page.text_content("h1") == "This page is for administrators"
    assert page.locator(".mainnav a[href='/admin']").count() == 0
    statuses = page.evaluate(
        """async () => {
            const csrf = document.querySelector('meta[name="csrf-token"]').content;
            const call = (method, url, body) => fetch(url, {method, body, headers: {"X-CSRF-Token": csrf}})
                .then((answer) => answer.status);
            return [
                await call("GET", "/admin/accounts"),
                await call("GET", "/admin/purchases"),
                await call("GET", "/admin/analytics/overview"),
                await call("POST", "/admin/tariffs", new FormData()),
                await call("POST", "/admin/accounts/x/credits", JSON.stringify({credits: 5})),
            ];
        }"""
    )
    assert statuses == [403, 403, 403, 403, 403]
    closed = page.evaluate(
        """() => new Promise((resolve) => {
            const socket = new WebSocket(`ws://${location.host}/ws/admin/metrics`);
            socket.onmessage = () => resolve("pushed");
            socket.onclose = (event) => resolve(`closed ${event.code}`);
        })"""
    )
    assert closed.startswith("closed")


def test_the_analytics_dashboard_updates_without_reload_after_a_job_completes(
    page: Any, browser: Any, service: tuple[str, Any], screenshots: Path
) -> None:
    sign_in(page, ADMIN)
    page.goto("/admin/analytics")
    page.wait_for_selector("#live-state[data-state=live]")
    page.wait_for_selector("#history-state:not(:empty)")
    jobs_before = int(page.text_content("#total-jobs") or "0")
    assert int(page.text_content("#live-workers") or "0") >= 1  # the embedded worker's heartbeat

    broker = browser.new_context(base_url=service[0], viewport={"width": 1440, "height": 900}, locale="en-US")
    broker_page = broker.new_page()
    register(broker_page, new_email())
    broker_page.set_input_files("#file-input", str(EXAMPLES / "invoice-tk.csv"))
    broker_page.click("#upload-button")
    broker_page.wait_for_selector("#status-badge[data-status=NEEDS_HEADER_DETAILS]", timeout=60_000)  # no header
    broker.close()

    page.wait_for_selector(f"#total-jobs:not(:text-is('{jobs_before}'))", timeout=30_000)  # no reload
    assert int(page.text_content("#total-jobs") or "0") == jobs_before + 1
    assert page.locator("#chart-jobs svg polyline").count() == 3
    assert page.locator("#chart-chapters svg rect.bar").count() >= 1
    assert page.locator("#accounts-usage tbody tr").count() >= 1
    page.screenshot(path=str(screenshots / "admin-analytics.png"), full_page=True)


def test_an_admin_imports_a_tariff_and_finds_it_in_the_activity_log(page: Any, screenshots: Path) -> None:
    sign_in(page, ADMIN)
    page.goto("/admin/tariff")
    broken = b"Code;Description (EN);Unit\n8418 10 999 9;Fridges;H87\n9999 99 999 9;Nothing;H87\n"
    page.set_input_files("#tariff-file", files=[{"name": "broken.csv", "mimeType": "text/csv", "buffer": broken}])
    page.click("#tariff-submit")
    page.wait_for_selector("#tariff-result .alert-error")
    assert page.locator("#tariff-problems tbody tr").count() >= 1
    page.set_input_files("#tariff-file", str(EXAMPLES / "tariff-tm-sample.csv"))
    page.click("#tariff-submit")
    page.wait_for_selector("#tariff-result .alert-ok")
    assert "national tariff lines imported for TM" in page.text_content("#tariff-result")

    page.goto("/admin/activity?action=admin-tariff-import")
    assert page.locator("#activity tbody tr").count() == 1
    assert page.text_content("#activity tbody tr td:nth-child(2)") == ADMIN
    page.goto("/admin")
    page.wait_for_selector("#accounts tbody tr")
    page.screenshot(path=str(screenshots / "admin-accounts.png"))
