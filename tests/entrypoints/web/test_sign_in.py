"""Signing in and out in a real browser, and the language switch (Russian, English, Turkmen)."""

from pathlib import Path
from typing import Any

import pytest

from tests.entrypoints.web.conftest import PASSWORD, new_email, register

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_sign_in_in_russian_after_a_wrong_password_then_sign_out(page: Any, screenshots: Path) -> None:
    email = new_email()
    register(page, email)
    page.click("#sign-out")
    page.wait_for_url("**/sign-in")
    assert page.goto("/dashboard").url.endswith("/sign-in?next=%2Fdashboard")
    assert page.text_content(".welcome") == "Hoş geldiňiz!"
    page.screenshot(path=str(screenshots / "sign-in.png"))

    page.click(".langs a[lang=ru]")
    assert page.text_content(".auth-card h2") == "Вход"
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", "not the password")
    page.click("button[type=submit]")
    assert page.text_content("#form-error") == "Неверная почта или пароль."
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/dashboard")
    assert page.text_content(".mainnav a[aria-current=page]") == "Рабочий стол"
    page.click(".langs a[lang=tk]")
    assert page.text_content("#upload-title") == "Haryt sanawyny ýüklemek"


@pytest.mark.parametrize("language", ["ru", "en", "tk"])
def test_the_dashboard_fits_a_phones_width(page: Any, language: str) -> None:
    """A trial at 375 px found the page 634 px wide: the language switch and 'Sign out' were cut off."""
    page.set_viewport_size({"width": 375, "height": 800})
    register(page, new_email())
    page.goto(f"/lang/{language}?next=/dashboard")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert page.locator("#sign-out").bounding_box()["x"] + page.locator("#sign-out").bounding_box()["width"] <= 375
