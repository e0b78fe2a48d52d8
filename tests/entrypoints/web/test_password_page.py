"""A broker changes the password in a real browser, in Russian: the page refuses two differing new passwords and a
wrong current one, then stays signed in with the renewed session while another browser's session ends."""

from typing import Any

import pytest

from tests.entrypoints.web.conftest import PASSWORD, new_email, register, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.slow]
NEW = "battery staple horse"


def test_a_new_password_keeps_this_session_and_ends_the_other(
    page: Any, browser: Any, service: tuple[str, Any]
) -> None:
    email = new_email()
    register(page, email)
    elsewhere = browser.new_context(base_url=service[0]).new_page()
    sign_in(elsewhere, email)
    page.goto("/lang/ru?next=/dashboard")
    page.click("#who")
    assert page.text_content("h1") == "Сменить пароль"

    page.fill("input[name=current]", PASSWORD)
    page.fill("input[name=new]", NEW)
    page.fill("input[name=again]", NEW + "!")
    page.click("#password-form button")
    assert page.text_content("#password-error") == "Два новых пароля не совпадают."
    page.fill("input[name=current]", "not my password")
    page.fill("input[name=again]", NEW)
    page.click("#password-form button")
    page.wait_for_selector("#password-error:has-text('Текущий пароль неверен.')")
    assert page.text_content("#password-error") == "Текущий пароль неверен."  # in Russian alone, said once

    page.fill("input[name=current]", PASSWORD)
    page.click("#password-form button")
    page.wait_for_selector("#password-changed")
    assert "Все другие сеансы, открытые со старым паролем, завершены" in (page.text_content("#password-changed") or "")
    page.goto("/dashboard")
    page.wait_for_selector("#balance")
    assert page.url.endswith("/dashboard")

    elsewhere.goto("/dashboard")
    assert "/sign-in" in elsewhere.url
    sign_in(elsewhere, email, NEW)
    elsewhere.context.close()
