"""A title row naming the list's currency in Turkish ('Döviz Cinsi: EUR', 'Döviz: Avro') or Chinese ('币种：欧元'),
with the currency written as a code or as its name in the supplier's language, gives the list its currency; the
wordings read before keep working."""

from decimal import Decimal

import pytest

from adapters.reading import PolarsProductListReader
from adapters.reading.currencies import currency_code, currency_in_title
from domain.measures import Money

from .invoices import sheet_xlsx

reader = PolarsProductListReader()


@pytest.mark.parametrize(
    ("title", "currency"),
    [("Döviz Cinsi: EUR", "EUR"), ("Döviz: Avro", "EUR"), ("DÖVİZ CİNSİ: ABD Doları", "USD"),
     ("Döviz Türü: Türk Lirası", "TRY"), ("Para Cinsi: Dolar", "USD"), ("币种：欧元", "EUR"), ("币种: 美元", "USD"),
     ("币别：人民币", "CNY"), ("貨幣: 歐元", "EUR"), ("Para Birimi: EUR", "EUR"), ("Валюта: EUR", "EUR"),
     ("Währung: EUR", "EUR"), ("Valyuta: EUR", "EUR"), ("Currency: Euro", "EUR"), ("Döviz Kuru", None)],
)  # fmt: skip
def test_a_title_word_then_the_currency(title: str, currency: str | None) -> None:
    assert currency_in_title([[title]]) == currency


@pytest.mark.parametrize(
    ("written", "code"),
    [("Avro", "EUR"), ("Euro", "EUR"), ("欧元", "EUR"), ("美元", "USD"), ("人民币", "CNY"), ("Dolar", "USD"),
     ("ABD Doları", "USD"), ("Türk Lirası", "TRY"), ("İngiliz Sterlini", "GBP"), ("日元", "JPY"), ("卢布", "RUB")],
)  # fmt: skip
def test_currency_names_in_turkish_and_chinese(written: str, code: str) -> None:
    assert currency_code(written) == code


def test_a_title_cell_and_the_next_cell_apart() -> None:
    assert currency_in_title([["Döviz Cinsi", "Avro"]]) == "EUR"
    assert currency_in_title([["币种", "人民币"]]) == "CNY"


@pytest.mark.parametrize(("title", "currency"), [("Döviz Cinsi: EUR", "EUR"), ("币种：欧元", "EUR")])
def test_a_workbook_takes_its_currency_from_a_turkish_or_chinese_title(title: str, currency: str) -> None:
    rows: list[list[object]] = [
        ["PROFORMA FATURA"],
        [title],
        ["Description", "Quantity", "Unit price", "Amount"],
        ["Ceramic wall tiles 30x60", 100, 12.5, 1250],
    ]

    listing = reader.read(sheet_xlsx(rows), "invoice.xlsx")

    assert listing.currency == currency
    assert listing.lines[0].value == Money(Decimal(1250), currency)
