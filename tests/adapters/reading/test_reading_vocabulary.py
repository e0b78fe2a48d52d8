"""Units, countries and currencies in English, Russian and Turkmen map to their codes."""

from decimal import Decimal

import pytest

from adapters.reading.countries import country_code
from adapters.reading.currencies import currency_code, currency_in_title
from adapters.reading.header_currency import currency_in_header
from adapters.reading.header_notes import kilograms_per_header_unit, unit_in_header
from adapters.reading.units import unit_code


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("pcs", "H87"), ("шт.", "H87"), ("sany", "H87"), ("adet", "H87"), ("PCS", "H87"),
        ("kg", "KGM"), ("кг", "KGM"), ("l", "LTR"), ("л", "LTR"), ("litr", "LTR"),
        ("pairs", "PR"), ("пар", "PR"), ("jübüt", "PR"), ("m", "MTR"), ("м", "MTR"),
        ("m2", "MTK"), ("м²", "MTK"), ("кв.м", "MTK"), ("m3", "MTQ"), ("м3", "MTQ"),
        ("sets", "SET"), ("компл.", "SET"), ("toplum", "SET"), ("t", "TNE"), ("тонна", "TNE"),
        ("packs", "XPK"), ("boxes", "XBX"), ("rolls", "XRO"), ("рулон", "XRO"),
        ("عبوة", "XPK"), ("علبة", "XBX"), ("برميل", "XDR"), ("دلو", "XBJ"),
    ],
)  # fmt: skip
def test_units_in_three_languages(written: str, code: str) -> None:
    assert unit_code(written) == code


def test_an_unknown_unit_has_no_code() -> None:
    assert unit_code("blister") is None


def test_units_and_mass_scales_written_in_headers() -> None:
    assert unit_in_header("Quantity (pcs)") == "H87"
    assert unit_in_header("Кол-во, шт") == "H87"
    assert unit_in_header("Quantity") is None
    assert kilograms_per_header_unit("Net weight, g") == Decimal("0.001")
    assert kilograms_per_header_unit("Вес брутто (т)") == Decimal(1000)
    assert kilograms_per_header_unit("Netto agramy, kg") == Decimal(1)


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Китай", "CN"), ("Hytaý", "CN"), ("China", "CN"), ("CN", "CN"), ("CHN", "CN"), ("Made in China", "CN"),
        ("Сделано в Китае", "CN"), ("КНР", "CN"), ("Türkiye", "TR"), ("Турция", "TR"), ("Turkey", "TR"),
        ("Germany", "DE"), ("Германия", "DE"), ("Germaniýa", "DE"), ("Произведено в Германии", "DE"),
        ("Russian Federation", "RU"), ("РФ", "RU"), ("Eýran", "IR"), ("Iran", "IR"), ("South Korea", "KR"),
        ("Viet Nam", "VN"), ("Özbegistan", "UZ"), ("UAE", "AE"), ("Китай / China", "CN"), ("usa", "US"),
    ],
)  # fmt: skip
def test_countries_in_three_languages(written: str, code: str) -> None:
    assert country_code(written) == code


@pytest.mark.parametrize("written", ["Atlantis", "Европа", "42", "Made in"])
def test_unknown_countries(written: str) -> None:
    assert country_code(written) is None


def test_currencies_in_headers_titles_and_cells() -> None:
    assert currency_code("долл. США") == "USD"
    assert currency_code("TMT") == "TMT"
    assert currency_code("manat") == "TMT"
    assert currency_code("XYZ") is None
    assert currency_in_header("Сумма (долл. США)") == "USD"
    assert currency_in_header("Amount, EUR") == "EUR"
    assert currency_in_header("Jemi bahasy (ABŞ dollary)") == "USD"
    assert currency_in_header("Amount") is None
    assert currency_in_title([["Invoice 12"], ["Currency: USD"]]) == "USD"
    assert currency_in_title([["Валюта", "Российский рубль"]]) == "RUB"
    assert currency_in_title([["Счет № 5, валюта: евро"]]) == "EUR"
    assert currency_in_title([["Invoice 12/2026, Valyuta: EUR"]]) == "EUR"  # Uzbek and Azerbaijani
    assert currency_in_title([["Ақша бірлігі: USD"]]) == "USD"  # Kazakh
    assert currency_in_title([["Seller: Acme"]]) is None


@pytest.mark.parametrize(
    ("header", "code"),
    [
        ("Price, USD", "USD"), ("Amount (EUR)", "EUR"), ("Сумма руб.", "RUB"), ("Unit price USD", "USD"),
        ("Amount in USD", "USD"), ("Сумма в долл. США", "USD"), ("Стоимость, тенге", "KZT"), ("Price $", "USD"),
        ("€ amount", "EUR"), ("Цена / USD", "USD"), ("Amount FOB USD", "USD"), ("Price US$", "USD"),
        ("Harydyň bahasy ABŞ dollary", "USD"), ("Price, ALL", "ALL"), ("Total value BOB", "BOB"),
        ("Value (TOP)", "TOP"), ("金额（元）", "CNY"), ("总价（美元）", "USD"), ("单价 USD", "USD"),
        ("الإجمالي د.إ", "AED"), ("سعر الوحدة درهم", "AED"),
    ],
)  # fmt: skip
def test_a_header_currency_where_it_reads_as_a_currency_mark(header: str, code: str) -> None:
    assert currency_in_header(header) == code


@pytest.mark.parametrize(
    "header",
    ["Cup size", "Top colour", "Price per cup", "Amount for all", "Price, all", "Value (all)", "Price mop",
     "Amount bob", "Value in top condition", "All-in price", "Amount"],
)  # fmt: skip
def test_a_word_that_is_also_an_iso_code_is_no_header_currency(header: str) -> None:
    assert currency_in_header(header) is None
