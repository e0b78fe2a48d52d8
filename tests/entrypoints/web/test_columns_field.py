"""The upload form's columns field in a real browser, on the Russian pages: a wrong naming is a plain error on
the dashboard, a list whose goods column is not found fails saying so in Russian and suggests naming it, and the
named column reads the list."""

from typing import Any

import pytest

from tests.entrypoints.web.conftest import new_email, register

pytestmark = [pytest.mark.browser, pytest.mark.slow]
# no goods header the reader knows ('Kalem'), and an origin column it would not read ('Üretim yeri')
LISTED = "Sıra;Kalem;Miktar;Tutar (USD);Net Ağırlık (Kg);Üretim yeri\n1;Pamuklu erkek tişört;200;900,00;100;Türkiye\n"


def test_a_wrong_naming_is_an_error_on_the_page_in_its_language(page: Any) -> None:
    register(page, new_email())
    page.goto("/lang/ru?next=/dashboard")
    upload(page, "description=Kalem; hs=GTİP")
    page.wait_for_selector("#upload-result .alert-error")
    said = page.text_content("#upload-result") or ""
    assert "Поле «Колонки» заполнено неверно" in said and "'hs' is no field" in said
    assert page.url.endswith("/dashboard")


def test_a_goods_column_not_found_is_named_in_the_columns_field(page: Any) -> None:
    register(page, new_email())
    page.goto("/lang/ru?next=/dashboard")
    upload(page, "")
    page.wait_for_url("**/jobs/*")
    page.wait_for_selector("#name-columns", state="visible")
    assert "укажите колонку в поле «Колонки (необязательно)»" in (page.text_content("#name-columns") or "")
    assert page.text_content("#failure") == "Задание не выполнено: ошибок к исправлению — 1, они перечислены ниже."
    said = page.text_content("#job-problems tbody") or ""  # the reader's English told in the page's language
    assert "В файле fatura.csv нет колонки с описанием товаров" in said and "has no column" not in said
    assert page.is_hidden("#header-missing")  # a failed job takes no header: the list is uploaded again

    page.goto("/dashboard")
    upload(page, "Kalem; origin=Üretim yeri")
    page.wait_for_url("**/jobs/*")
    page.wait_for_selector("#lines tr[data-row]", timeout=60_000)
    assert page.text_content("#lines .desc") == "Pamuklu erkek tişört"
    assert page.is_hidden("#name-columns")


def upload(page: Any, columns: str) -> None:
    page.fill("textarea[name=columns]", columns)
    page.set_input_files("#file-input", files=[{"name": "fatura.csv", "mimeType": "text/csv",
                                                 "buffer": LISTED.encode()}])  # fmt: skip
    page.click("#upload-button")


def test_a_list_failed_on_its_rows_does_not_send_the_broker_to_name_columns(page: Any) -> None:
    """A broker trial's EUR list under a USD header failed on every row, and the page advised naming columns."""
    register(page, new_email())
    page.goto("/lang/ru?next=/dashboard")
    page.click("summary")  # the optional declaration header
    page.fill("input[name=currency]", "USD")
    euros = "Description,Quantity,Amount EUR,Net weight kg\nCotton T-shirt,10,50,2\nSteel nails,5,20,5\n"
    page.set_input_files("#file-input", files=[{"name": "euro.csv", "mimeType": "text/csv", "buffer": euros.encode()}])
    page.click("#upload-button")
    page.wait_for_url("**/jobs/*")
    page.wait_for_selector("#status-badge[data-status=FAILED]")
    page.wait_for_selector("#job-problems:not([hidden])")
    assert "EUR" in (page.text_content("#job-problems tbody") or "")
    assert page.is_hidden("#name-columns")
