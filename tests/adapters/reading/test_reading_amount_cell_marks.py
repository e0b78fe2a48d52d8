"""An amount cell carrying its currency before or after the number, as a symbol, a code or a name, in the supplier's
style of digits: 'US$ 9,750.00' is read as much as '$9,750.00' and in dollars, not as 'not a number'."""

from decimal import Decimal

import pytest

from adapters.reading import PolarsProductListReader
from domain.goods.problems import Severity
from domain.measures import Money

from .invoices import sheet_xlsx

reader = PolarsProductListReader()


@pytest.mark.parametrize(
    ("written", "amount", "currency"),
    [("US$ 9,750.00", "9750.00", "USD"), ("$9,750.00", "9750.00", "USD"), ("9,750.00 US$", "9750.00", "USD"),
     ("USD 9 750,00", "9750.00", "USD"), ("RMB 1,200", "1200", "CNY"), ("€ 1.200,50", "1200.50", "EUR"),
     ("1 200 руб.", "1200", "RUB"), ("1.200,00 TL", "1200.00", "TRY"), ("1200元", "1200", "CNY"),
     ("1 200 euro", "1200", "EUR"), ("HK$ 1,500.00", "1500.00", "HKD"), ("1 200,00 тмт", "1200.00", "TMT")],
)  # fmt: skip
def test_an_amount_cell_marked_with_its_currency(written: str, amount: str, currency: str) -> None:
    rows: list[list[object]] = [["Description", "Quantity", "Amount"], ["Ceramic wall tiles 30x60", 100, written]]

    listing = reader.read(sheet_xlsx(rows), "invoice.xlsx")

    assert listing.lines[0].value == Money(Decimal(amount), currency)
    assert not [p for line in listing.lines for p in line.problems if p.severity is Severity.ERROR]


def test_a_chinese_invoice_writing_us_dollars_in_every_price_and_amount() -> None:
    rows: list[list[object]] = [
        ["DESCRIPTION", "QUANTITY", "UNIT PRICE", "AMOUNT"],
        ["Steel wire rod 6.5 mm", "12.5 TONS", "US$ 780.00", "US$ 9,750.00"],
        ["PVC pipe 110 mm", "1200 PCS", "US$ 4.20", "US$ 5,040.00"],
    ]

    listing = reader.read(sheet_xlsx(rows), "invoice.xlsx")

    assert [line.value for line in listing.lines] == [
        Money(Decimal("9750.00"), "USD"),
        Money(Decimal("5040.00"), "USD"),
    ]
    assert [line.unit_price for line in listing.lines] == [Decimal("780.00"), Decimal("4.20")]
    assert not [p for line in listing.lines for p in line.problems if p.severity is Severity.ERROR]


@pytest.mark.parametrize(
    ("written", "currency"),
    [("1 200 euro", "EUR"), ("1 200,00 тмт", "TMT"), ("1.200,00 TL", "TRY"), ("1 200 руб.", "RUB"),
     ("1200 美元", "USD"), ("1200欧元", "EUR"), ("1200 港元", "HKD"), ("1200元", "CNY")],
)  # fmt: skip
def test_a_list_whose_amount_cells_name_their_currency_states_it(written: str, currency: str) -> None:
    """Any mark an amount is read with is the list's currency: the list does not 'state no currency'."""
    rows: list[list[object]] = [
        ["Description", "Quantity", "Amount"],
        ["Ceramic wall tiles 30x60", 100, written],
        ["Tile adhesive 25 kg", 40, written],
    ]

    listing = reader.read(sheet_xlsx(rows), "invoice.xlsx")

    assert listing.currency == currency
    assert [line.value.currency if line.value else None for line in listing.lines] == [currency, currency]
    assert not [p for p in listing.problems if "states no currency" in p.reason]
