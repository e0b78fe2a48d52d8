"""The trial's tea line in a real browser, in Russian: its first code shows the line's confidence (not the engine's
share of support), and once the broker corrects it the code is theirs and the engine's is only what it suggested."""

from typing import Any

import pytest

from tests.entrypoints.web.conftest import new_email, register

pytestmark = [pytest.mark.browser, pytest.mark.slow]
INVOICE = "Description,Quantity,Unit,Amount USD,Net weight kg,Country of origin\n" \
          "Чай чёрный байховый листовой в пачках по 100 г,10,kg,50,10,India\n" \
          "Чай зелёный листовой,5,kg,25,5,China\n"  # fmt: skip


def dotted(code: str) -> str:
    return f"{code[:4]}.{code[4:6]}" + (f" {code[6:]}" if len(code) > 6 else "")


def teas_to_review(page: Any) -> None:
    """A new broker's two tea lines, uploaded on the Russian page, shown for review."""
    register(page, new_email())
    page.goto("/lang/ru?next=/dashboard")
    page.set_input_files("#file-input", {"name": "tea.csv", "mimeType": "text/csv", "buffer": INVOICE.encode()})
    page.click("#upload-button")
    page.wait_for_selector("#lines tr[data-row] .change select", timeout=60_000)


def test_one_figure_per_code_and_after_a_correction_the_code_is_the_brokers(page: Any) -> None:
    teas_to_review(page)
    tea = page.locator("#lines tr[data-row]", has_text="Чай чёрный")
    options = tea.locator(".change select option")
    assert options.count() >= 2
    shown = tea.locator(".conf-value").text_content() or ""
    labels = options.all_text_contents()
    assert labels[0].split(" — ")[1] == shown, labels  # the first code's figure is the line's confidence
    figures = [int(label.split(" — ")[1].strip("< %")) for label in labels]
    assert figures == sorted(figures, reverse=True), labels  # the alternatives stay below it

    suggested, corrected = options.nth(0).get_attribute("value") or "", options.nth(1).get_attribute("value") or ""
    tea.locator(".change select").click()  # picked with the mouse is saved: no button to press after it
    tea.locator(".change select").select_option(corrected)
    page.locator("#lines tr.saved", has_text="Чай чёрный").wait_for()
    assert tea.locator(".conf-value").text_content() == "исправлено вами"
    was = f"прежнее предложение (движок): {dotted(suggested)}, {shown}"
    assert tea.locator(".conf-suggested").text_content() == was
    assert (tea.locator("option[data-role=reviewed]").text_content() or "").startswith(
        f"{dotted(corrected)} — исправлено вами — "
    )
    assert (tea.locator("option[data-role=suggested]").text_content() or "").startswith(
        f"{dotted(suggested)} — предлагалось до вашего исправления (движок) — "
    )
    assert not [label for label in options.all_text_contents() if "%" in label]  # no figure competes with the choice

    green = page.locator("#lines tr[data-row]", has_text="Чай зелёный")  # accepted as it was: confirmed, not corrected
    first = green.locator(".change select option").nth(0).get_attribute("value") or ""
    green.locator(".change select").select_option(first)
    green.locator(".own button").click()
    page.locator("#lines tr.saved", has_text="Чай зелёный").wait_for()
    assert green.locator(".conf-value").text_content() == "подтверждено вами"
    assert green.locator(".conf-suggested").text_content() == "как было предложено (движок)"
    option = green.locator("option[data-role=reviewed]").text_content() or ""
    assert option.startswith(f"{dotted(first)} — подтверждено вами — ")  # as the cell says, not 'исправлено вами'


def test_stepping_through_the_alternatives_with_the_keys_saves_nothing_until_enter(page: Any) -> None:
    """A trial: the first arrow press in a line's list saved and remembered a code."""
    teas_to_review(page)
    tea = page.locator("#lines tr[data-row]", has_text="Чай чёрный")
    shown = tea.locator(".code").text_content()
    tea.locator(".change select").focus()
    page.keyboard.press("ArrowDown")
    assert "btn-primary" in (tea.locator(".own button").get_attribute("class") or "")  # pending, Apply lit
    assert tea.locator(".change .hint").text_content() == "Ещё не сохранено: нажмите Enter или «Применить»."
    page.wait_for_timeout(500)
    assert tea.locator(".code").text_content() == shown and page.locator("#lines tr.saved").count() == 0
    page.keyboard.press("Enter")
    page.locator("#lines tr.saved", has_text="Чай чёрный").wait_for()
    assert tea.locator(".conf-value").text_content() == "исправлено вами"


def test_an_alternative_chosen_without_the_keys_is_saved_at_once(page: Any) -> None:
    """A trial chose an alternative in the list (as a screen reader or a touch does, with no key and no mouse press on
    the page) and nothing said it was not saved."""
    teas_to_review(page)
    tea = page.locator("#lines tr[data-row]", has_text="Чай чёрный")
    other = tea.locator(".change select option").nth(1).get_attribute("value") or ""
    tea.locator(".change select").select_option(other)
    page.locator("#lines tr.saved", has_text="Чай чёрный").wait_for()
    assert tea.locator(".conf-value").text_content() == "исправлено вами"
