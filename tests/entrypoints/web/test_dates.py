"""Dates and figures in a real browser: Turkmen, which browsers have no date formats for, reads day.month.year and
24 hours ("28.11.2026 04:03") rather than falling back to English; the other languages keep their own."""

from typing import Any

import pytest

from tests.entrypoints.web.conftest import new_email, register

pytestmark = [pytest.mark.browser, pytest.mark.slow]
AT_4_03 = "Gumruk.dateTime(new Date(2026, 10, 28, 4, 3).toISOString())"  # 04:03 in the browser's time zone


def test_the_turkmen_pages_write_dates_day_first_on_a_24_hour_clock(page: Any) -> None:
    register(page, new_email())
    assert page.evaluate(AT_4_03) == "Nov 28, 2026, 4:03 AM"
    page.goto("/lang/tk?next=/dashboard")
    assert page.evaluate(AT_4_03) == "28.11.2026 04:03"
    assert page.evaluate("Gumruk.dayMonth(new Date('2026-03-05T00:00:00Z'), true)") == "05.03"
    page.goto("/lang/ru?next=/dashboard")
    assert "28 нояб. 2026" in page.evaluate(AT_4_03)


def test_the_turkmen_pages_write_figures_as_russian_ones_do(page: Any) -> None:
    """A trial: the Turkmen pages wrote a balance of five thousand '5,000', which a Turkmen reader takes for five."""
    register(page, new_email())
    assert page.evaluate("Gumruk.number(5000.5, 2)") == "5,000.50"
    page.goto("/lang/tk?next=/dashboard")
    assert page.evaluate("Gumruk.number(5000.5, 2)") == "5\u00a0000,50"
