"""An amount, price or quantity header that states its figures in thousands ("Amount, '000 USD", 'Сумма, тыс.
руб.', 'Jemi, müň manat') or millions: the column's figures are multiplied by it, with a warning naming the
column and the scale, the currency is still read from the header, and quantity x unit price agrees with the amount."""

from decimal import Decimal

import pytest

from adapters.reading import PolarsProductListReader
from adapters.reading.header_currency import currency_in_header
from adapters.reading.header_scale import scale_in_header
from domain.goods.problems import Severity
from domain.measures import Money

from .invoices import sheet_xlsx

reader = PolarsProductListReader()


@pytest.mark.parametrize(
    ("header", "scale", "currency"),
    [("Amount, '000 USD", 1000, "USD"), ("Amount (USD 000)", 1000, "USD"), ("Value, thousand USD", 1000, "USD"),
     ("Сумма, тыс. руб.", 1000, "RUB"), ("Стоимость, тыс. долл.", 1000, "USD"), ("Jemi, müň manat", 1000, "TMT"),
     ("Amount USD'000", 1000, "USD"), ("Amount (in thousands of USD)", 1000, "USD"), ("Сумма, млн руб.", 10**6, "RUB"),
     ("Сумма в тыс. руб.", 1000, "RUB"), ("Amount, USD", None, "USD"), ("Price per 1000 pcs, USD", None, "USD"),
     ("Price per 1,000", None, None)],
)  # fmt: skip
def test_the_scale_and_the_currency_of_a_header(header: str, scale: int | None, currency: str | None) -> None:
    assert scale_in_header(header) == (None if scale is None else Decimal(scale))
    assert currency_in_header(header) == currency


@pytest.mark.parametrize(
    ("headers", "currency"),
    [(["Description", "Quantity, MT", "Price, USD/MT", "Amount, '000 USD"], "USD"),
     (["Наименование", "Кол-во, т", "Цена, руб.", "Сумма, тыс. руб."], "RUB"),
     (["Harydyň ady", "Mukdary, t", "Bahasy, manat", "Jemi, müň manat"], "TMT")],
)  # fmt: skip
def test_amounts_in_thousands_are_multiplied_and_said(headers: list[str], currency: str) -> None:
    rows: list[list[object]] = [
        ["SPECIFICATION No. 3"],
        headers,
        ["Hot rolled steel coil 2.0 x 1250 mm", 250, 620, 155],
        ["Cold rolled steel sheet 1.0 x 1250 x 2500 mm", 120, 710, 85.2],
        ["TOTAL", 370, None, 240.2],
    ]

    listing = reader.read(sheet_xlsx(rows), "spec.xlsx")

    assert listing.currency == currency
    assert [line.value for line in listing.lines] == [
        Money(Decimal(155000), currency),
        Money(Decimal(85200), currency),
    ]
    assert [p.reason for line in listing.lines for p in line.problems] == []
    notes = [(p.column, p.reason) for p in listing.problems if "thousands" in p.reason]
    assert notes == [(headers[3], "the header states its figures in thousands: each is read multiplied by 1,000")]
    assert all(p.severity == Severity.WARNING for p in listing.problems if "thousands" in p.reason)


def test_a_csv_price_and_amount_in_thousands() -> None:
    data = b'Description,Qty,"Price, \'000 USD","Amount, \'000 USD"\nExcavator,2,120.5,241\nLoader,1,80,80\n'

    listing = reader.read(data, "list.csv")

    assert [(line.unit_price, line.value) for line in listing.lines] == [
        (Decimal(120500), Money(Decimal(241000), "USD")),
        (Decimal(80000), Money(Decimal(80000), "USD")),
    ]
    assert [p.reason for line in listing.lines for p in line.problems] == []


def test_quantities_in_thousands_of_pieces() -> None:
    data = b'Description,"Quantity, \'000 PCS","Price, USD","Amount, USD"\nBolts M8,12,0.05,600\n'

    listing = reader.read(data, "list.csv")

    line = listing.lines[0]
    assert line.quantity is not None and line.quantity.amount == 12000
    assert line.value == Money(Decimal(600), "USD")
    assert [p.reason for p in line.problems] == []
