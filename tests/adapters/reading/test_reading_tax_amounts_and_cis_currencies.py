"""A Russian Счет-фактура's 'Сумма налога' (the VAT) is never the goods' value, the amount without tax is; 1C's
title 'Валюта: наименование, код Российский рубль, 643', Kazakh 'теңге' and Uzbek 'АҚШ доллари', 'сўм' name
the list's currency."""

from decimal import Decimal

import pytest

from adapters.reading import PolarsProductListReader
from adapters.reading.currencies import currency_code, currency_in_title
from adapters.reading.header_currency import currency_in_header
from domain.measures import Money

from .invoices import sheet_xlsx

reader = PolarsProductListReader()

_SF_HEADERS = ["Наименование товара", "Единица измерения", "Количество (объем)", "Цена (тариф) за единицу измерения",
               "Стоимость товаров без налога - всего", "Налоговая ставка", "Сумма налога",
               "Стоимость товаров с налогом - всего", "Страна происхождения", "Вес нетто, кг"]  # fmt: skip


@pytest.mark.parametrize("with_tax", [True, False])
def test_a_short_schet_faktura_takes_the_amount_without_tax_in_its_title_currency(with_tax: bool) -> None:
    keep = [i for i, header in enumerate(_SF_HEADERS) if with_tax or "с налогом" not in header]
    line: list[object] = [
        "Подшипник шариковый 6205-2RS",
        "шт",
        1200,
        185.5,
        222600,
        "20%",
        44520,
        267120,
        "КИТАЙ",
        86.4,
    ]
    rows: list[list[object]] = [
        ["СЧЕТ-ФАКТУРА № 214 от 11 марта 2026 г."],
        ["Валюта: наименование, код Российский рубль, 643"],
        [_SF_HEADERS[i] for i in keep],
        [line[i] for i in keep],
    ]

    listing = reader.read(sheet_xlsx(rows), "sf.xlsx")

    assert listing.currency == "RUB"
    assert listing.lines[0].value == Money(Decimal(222600), "RUB")


@pytest.mark.parametrize(
    ("title", "currency"),
    [("Валюта: наименование, код Российский рубль, 643", "RUB"), ("Валюта: наименование, код Доллар США, 840", "USD"),
     ("Валюта: теңге (KZT)", "KZT"), ("Валюта: тенге", "KZT"), ("Валюта: АҚШ доллари", "USD"), ("Валюта: сўм", "UZS")],
)  # fmt: skip
def test_a_title_names_the_currency(title: str, currency: str) -> None:
    assert currency_in_title([[title]]) == currency


@pytest.mark.parametrize(
    ("header", "currency"),
    [("Бағасы, теңге", "KZT"), ("Сомасы, тенге", "KZT"), ("Сумма, руб. коп.", "RUB"), ("Нархи, АҚШ доллари", "USD"),
     ("Қиймати, сўм", "UZS"), ("Narxi, so'm", "UZS")],
)  # fmt: skip
def test_a_header_names_the_currency(header: str, currency: str) -> None:
    assert currency_in_header(header) == currency


def test_currency_words_of_kazakh_and_uzbek() -> None:
    assert [currency_code(word) for word in ("теңге", "руб. коп.", "АҚШ доллари", "сўм")] == [
        "KZT",
        "RUB",
        "USD",
        "UZS",
    ]


def test_a_kazakh_list_in_tenge() -> None:
    rows: list[list[object]] = [
        ["ШОТ-ФАКТУРА № 58"],
        ["Тауардың атауы", "Өлшем бірлігі", "Саны", "Бағасы, теңге", "Сомасы, теңге", "Таза салмағы, кг"],
        ["Бидай ұны, жоғары сорт, 50 кг қап", "кг", 20000, 180, 3600000, 20000],
    ]

    listing = reader.read(sheet_xlsx(rows), "kz.xlsx")

    assert listing.currency == "KZT"
    assert listing.lines[0].value == Money(Decimal(3600000), "KZT")
