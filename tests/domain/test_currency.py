"""A line in another currency than the declaration header's is an error on the column its currency came from."""

from dataclasses import replace
from decimal import Decimal

from domain.declaration.currency import in_another_currency
from domain.goods.problems import RowProblem
from domain.goods.product_line import NO_CURRENCY
from domain.measures import Money
from tests.application.fakes import header, line

EURO_LINE = replace(line(3, "Cotton T-shirts"), value=Money(Decimal(100), "EUR"))
TO_FIX = (
    "the amount is in EUR, but the declaration header's invoice currency is USD; convert the amounts to USD or set "
    "the invoice currency to EUR"
)


def test_without_a_currency_column_the_amount_header_is_named_and_the_missing_column_said() -> None:
    problem = in_another_currency(EURO_LINE, header(), {"description": "Name", "value": "Amount EUR"})
    assert problem == RowProblem(
        3,
        "Amount EUR",
        f"{TO_FIX} (the file has no currency column: this is the currency its amount header, title or cells state)",
    )


def test_with_a_currency_column_that_column_is_named_as_written() -> None:
    problem = in_another_currency(EURO_LINE, header(), {"value": "Amount", "currency": "Валюта"})
    assert problem == RowProblem(3, "Валюта", TO_FIX)


def test_a_line_in_the_header_currency_or_stating_none_is_fine() -> None:
    columns = {"value": "Amount"}
    assert in_another_currency(line(1, "Tea"), header(), columns) is None
    unstated = replace(line(2, "Tea"), value=Money(Decimal(1), NO_CURRENCY))
    assert in_another_currency(unstated, header(), columns) is None
