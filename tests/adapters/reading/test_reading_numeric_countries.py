"""ISO 3166 numeric country codes ('643', '156') in an origin column headed as codes, as the Russian УПД writes
them beside the country's short name."""

import pytest

from adapters.reading import PolarsProductListReader
from adapters.reading.numeric_countries import origin_reading

reader = PolarsProductListReader()


def _csv(rows: list[str]) -> bytes:
    return "\r\n".join(rows).encode("cp1251")


def test_an_origin_column_of_numeric_codes_is_read_by_them() -> None:
    rows = [
        "Наименование товара;Ед. изм.;Количество;Стоимость без налога;Страна происхождения товара цифровой код",
        "Мука пшеничная высший сорт;кг;20 000;770 000,00;643",
        "Сепаратор молочный электрический;шт;25;472 500,00;156",
    ]
    flour, separator = reader.read(_csv(rows), "upd.csv").lines

    assert (flour.origin, separator.origin) == ("RU", "CN")
    assert not flour.problems


def test_the_upd_origin_is_read_from_its_short_name_column_before_its_code_column() -> None:
    rows = [
        "Наименование товара;Ед. изм.;Количество;Стоимость без налога;Страна происхождения товара цифровой код;"
        "Страна происхождения товара краткое наименование",
        "Сепаратор молочный электрический;шт;25;472 500,00;156;КИТАЙ",
    ]
    listing = reader.read(_csv(rows), "upd.csv")

    assert listing.columns["origin"] == "Страна происхождения товара краткое наименование"
    assert listing.lines[0].origin == "CN"


@pytest.mark.parametrize(
    ("header", "written", "country"),
    [
        ("Страна происхождения товара цифровой код", "643", "RU"),
        ("Country code", "795", "TM"),
        ("Код страны происхождения", "4", "AF"),  # '004' held as a number by a workbook
        ("Код страны происхождения", "860.0", "UZ"),
        ("Код страны происхождения", "999", None),
        ("Код страны происхождения", "Германия", "DE"),
        ("Страна происхождения", "643", None),  # a column of names: a figure there is no country
    ],
)
def test_numeric_codes_read(header: str, written: str, country: str | None) -> None:
    assert origin_reading(header)(written) == country
