"""A title row stating the currency after the delivery terms and their place ('FOB NINGBO, EUR'), as Chinese
exporters' invoices do, gives the list its currency."""

from decimal import Decimal

import pytest

from adapters.reading import PolarsProductListReader
from adapters.reading.terms_currency import currency_after_terms
from domain.goods.currency_source import CurrencySource
from domain.measures import Money

from .invoices import sheet_xlsx

reader = PolarsProductListReader()


@pytest.mark.parametrize(
    ("title", "currency"),
    [("FOB NINGBO, EUR", "EUR"), ("PRICE TERM: CIF ASHGABAT USD", "USD"), ("C&F MERSIN, USD", "USD"),
     ("CIF Ashgabat, Turkmenistan (US dollars)", "USD"), ("Terms: CIF Ashgabat in USD", "USD"),
     ("FOB SHANGHAI INCOTERMS 2020, RMB", "CNY"), ("CIF ASHGABAT $", "USD"),
     ("FOB NINGBO", None), ("FOB USD", None), ("fob ningbo usd", None), ("DAP Ashgabat, Turkmenistan", None),
     ("FOB NINGBO USD 12,500.00", None), ("EXW ISTANBUL, ALL TAXES INCLUDED", None)],
)  # fmt: skip
def test_a_currency_ending_a_title_after_the_terms_and_place(title: str, currency: str | None) -> None:
    """The term in capitals, a place of a word or more, the currency last: an amount after it, or words, state none."""
    assert currency_after_terms(title) == currency


def test_a_workbook_takes_its_currency_from_the_terms_in_its_title() -> None:
    rows: list[list[object]] = [
        ["NINGBO BRIGHT LIGHTING CO., LTD."],
        ["COMMERCIAL INVOICE", None, None, "FOB NINGBO, EUR"],
        ["DESCRIPTION", "QTY (PCS)", "UNIT PRICE", "AMOUNT"],
        ["LED bulb 9W E27", 5000, 0.5, 2500],
        ["Ceiling fan 52 inch, 3 blades", 40, 30, 1200],
    ]

    listing = reader.read(sheet_xlsx(rows), "invoice.xlsx")

    assert listing.currency == "EUR"
    assert [line.value for line in listing.lines] == [Money(Decimal(2500), "EUR"), Money(Decimal(1200), "EUR")]
    assert listing.lines[0].currency_source == CurrencySource("AMOUNT", "from the title rows")
    assert not [p for p in listing.problems if "currency" in p.reason]


def test_a_csv_takes_its_currency_from_a_price_term_row() -> None:
    listed = "PRICE TERM: CIF ASHGABAT USD\nDescription;Qty;Unit price;Amount\nLED bulb 9W E27;5000;0,50;2500,00\n"

    listing = reader.read(listed.encode(), "invoice.csv")

    assert listing.currency == "USD"
    assert listing.lines[0].value == Money(Decimal("2500.00"), "USD")


def test_a_currency_word_and_the_amount_header_come_before_the_terms() -> None:
    """'Currency: USD' names it outright, and a header names the amounts' own: the terms' currency is the last
    resort among the stated ones."""
    titled = "FOB NINGBO, EUR\nCurrency: USD\nDescription;Qty;Amount\nLED bulb;10;5.00\n"
    headed = "FOB NINGBO, EUR\nDescription;Qty;Amount (USD)\nLED bulb;10;5.00\n"

    assert reader.read(titled.encode(), "invoice.csv").currency == "USD"
    assert reader.read(headed.encode(), "invoice.csv").currency == "USD"
