"""A line in another currency than the declaration header's is an error on the column its currency came from,
saying where it was read."""

from dataclasses import replace
from decimal import Decimal

from domain.declaration.currency import in_another_currency
from domain.goods.currency_source import CurrencySource
from domain.goods.problems import RowProblem
from domain.goods.product_line import NO_CURRENCY
from domain.measures import Money
from tests.application.fakes import header, line

EURO_LINE = replace(line(3, "Cotton T-shirts"), value=Money(Decimal(100), "EUR"))
TO_FIX = (
    "the amount is in EUR, but the declaration header's invoice currency is USD; convert the amounts to USD or set "
    "the invoice currency to EUR"
)


def test_the_line_is_reported_where_its_currency_was_read_and_says_so() -> None:
    read_in_header = replace(EURO_LINE, currency_source=CurrencySource("Amount, EUR", "from the header 'Amount, EUR'"))
    problem = in_another_currency(read_in_header, header(), {"value": "Amount, EUR", "currency": "Валюта"})
    assert problem == RowProblem(3, "Amount, EUR", f"{TO_FIX} (EUR is from the header 'Amount, EUR')")


def test_a_currency_read_in_the_currency_column_names_that_column_as_written() -> None:
    read_in_column = replace(EURO_LINE, currency_source=CurrencySource("Валюта", "from column 'Валюта'"))
    problem = in_another_currency(read_in_column, header(), {"value": "Amount", "currency": "Валюта"})
    assert problem == RowProblem(3, "Валюта", f"{TO_FIX} (EUR is from column 'Валюта')")


def test_a_line_that_does_not_say_where_its_currency_was_read_names_its_amount_column_only() -> None:
    problem = in_another_currency(EURO_LINE, header(), {"value": "Amount", "currency": "Валюта"})
    assert problem == RowProblem(3, "Amount", TO_FIX)


def test_the_reason_ends_with_the_place_the_reader_found_the_line_in_as_the_readers_messages_do() -> None:
    source = CurrencySource("Amount, EUR", "from the header 'Amount, EUR'")
    found = replace(EURO_LINE, currency_source=source, place="spreadsheet row 5")
    problem = in_another_currency(found, header(), {"value": "Amount, EUR"})
    assert problem == RowProblem(
        3, "Amount, EUR", f"{TO_FIX} (EUR is from the header 'Amount, EUR') (spreadsheet row 5)"
    )
    unsourced = replace(EURO_LINE, place="line 6 of the file")
    assert in_another_currency(unsourced, header(), {"value": "Amount"}) == RowProblem(
        3, "Amount", f"{TO_FIX} (line 6 of the file)"
    )


def test_a_line_in_the_header_currency_or_stating_none_is_fine() -> None:
    columns = {"value": "Amount"}
    assert in_another_currency(line(1, "Tea"), header(), columns) is None
    unstated = replace(line(2, "Tea"), value=Money(Decimal(1), NO_CURRENCY))
    assert in_another_currency(unstated, header(), columns) is None
