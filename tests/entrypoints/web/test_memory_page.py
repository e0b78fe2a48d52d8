"""A broker's memory page in a real browser, in Russian: a correction made in review is listed there at once, found
by its words or its code, and forgotten after the broker confirms."""

from pathlib import Path
from typing import Any

import pytest

from tests.entrypoints.web.test_review_confidence import teas_to_review

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_a_correction_is_listed_searched_and_forgotten(page: Any, screenshots: Path) -> None:
    teas_to_review(page)
    tea = page.locator("#lines tr[data-row]", has_text="Чай чёрный")
    tea.locator(".own input").fill("0902.40")
    tea.locator(".own button").click()
    page.locator("#lines tr.saved", has_text="Чай чёрный").wait_for()

    page.click("nav.mainnav a[href='/memory']")
    assert page.text_content("h1") == "Запомненные коды"
    rows = page.locator("#memory tbody tr")
    assert rows.count() == 1 and "Чай чёрный байховый" in (rows.first.text_content() or "")
    assert (rows.first.locator("td.mono").text_content() or "").startswith("090240")
    page.screenshot(path=str(screenshots / "memory.png"))
    for search, found in (("ЧАЙ черный", 1), ("0902 4", 1), ("кофе", 0)):
        page.fill("input[name=search]", search)
        page.click("form.filters button")
        page.wait_for_load_state()
        assert page.locator("#memory tbody tr").count() == found, search
    assert page.text_content(".empty") == "Ни один запомненный код не подходит под поиск."
    page.goto("/memory?search=" + "x" * 300)  # a search past 200 characters is cut, not a raw 400
    assert page.text_content("h1") == "Запомненные коды"

    page.goto("/memory")
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("[data-forget]")
    page.wait_for_selector("#memory-result.alert-ok")
    assert "Забыто: «Чай чёрный байховый" in (page.text_content("#memory-result") or "")
    assert page.locator("#memory tbody tr").count() == 0
    assert page.text_content("#memory-count") == "Показано 0 из 0, сначала последние"
    page.reload()
    assert (
        page.text_content(".empty")
        == "Пока ничего не запомнено: здесь появятся коды, подтверждённые или исправленные при проверке."
    )
