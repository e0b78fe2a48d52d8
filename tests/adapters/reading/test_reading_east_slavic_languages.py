"""Invoices headed in Ukrainian and Belarusian, as Windows saves them (cp1251): every column, unit and country is
read and the total row is left out; a cut Russian header word in a row of no known language stays Russian."""

from decimal import Decimal

import pytest

from adapters.reading import PolarsProductListReader
from adapters.reading.header_matching import field_scores

reader = PolarsProductListReader()

FIELDS = ("description", "quantity", "unit", "unit_price", "value", "net_mass", "gross_mass", "origin")
HEADERS = {
    "ukrainian": "Найменування товару;Кількість;Од. вим.;Ціна, EUR;Сума, EUR;Вага нетто, кг;Вага брутто, кг;"
    "Країна походження",
    "ukrainian-short": "Назва товару;К-сть;Одиниця виміру;Ціна за од.;Вартість, EUR;Маса нетто;Маса брутто;Країна",
    "belarusian": "Найменне тавару;Колькасць;Адз. вым.;Цана, EUR;Сума, EUR;Вага нета, кг;Вага брута, кг;"
    "Краіна паходжання",
}
LINES = (
    "Олія соняшникова рафінована;1200;пляшка;1,85;2220,00;1104,00;1180,00;Україна\n"
    "Цукор білий;400;мішок;25,40;10160,00;20000,00;20100,00;Беларусь\n"
)


@pytest.mark.parametrize("header", HEADERS.values(), ids=HEADERS.keys())
def test_an_invoice_headed_in_ukrainian_or_belarusian_is_read_whole(header: str) -> None:
    listing = reader.read(f"{header}\n{LINES}Разом;;;;12380,00;21104,00;21280,00;\n".encode("cp1251"), "рахунок.csv")
    assert [listing.columns[field] for field in FIELDS] == header.split(";")
    assert [(line.description, line.origin) for line in listing.lines] == [
        ("Олія соняшникова рафінована", "UA"),
        ("Цукор білий", "BY"),
    ]
    assert [line.quantity.unit for line in listing.lines if line.quantity] == ["XBO", "XBG"]
    assert [line.value.amount for line in listing.lines if line.value] == [Decimal("2220.00"), Decimal("10160.00")]
    assert listing.totals.value == Decimal("12380.00")


@pytest.mark.parametrize("header", ["Наим. товара", "Наим."])
def test_a_cut_word_in_a_row_of_no_known_language_is_written_out_in_russian(header: str) -> None:
    """'Наим.' begins the Russian 'наименование' and the Ukrainian 'найменування': Russian is the one meant."""
    scores = field_scores(header)
    assert max(scores, key=lambda field: scores[field]) == "description"


@pytest.mark.parametrize(
    ("title", "amount", "currency"),
    [
        ("Рахунок-фактура № 117, валюта: долар США", "Сума", "USD"),
        ("Рахунок-фактура № 118", "Сума, євро", "EUR"),
        ("Рахунок-фактура № 119", "Сума, грн", "UAH"),
        ("Рахунак № 12, валюта: даляр ЗША", "Сума", "USD"),
        ("Рахунак № 13", "Сума, беларускі рубель", "BYN"),
    ],
)
def test_a_currency_written_in_ukrainian_or_belarusian_is_read(title: str, amount: str, currency: str) -> None:
    """A trial's 'валюта: долар США' was not read, and the dollars went into the declaration as the header's euros."""
    listed = f"{title};;;\nНайменування товару;Кількість;{amount};Вага нетто, кг\nЦукор білий;10;250,00;500\n"
    listing = reader.read(listed.encode("cp1251"), "рахунок.csv")
    assert [line.value.currency for line in listing.lines if line.value] == [currency]
