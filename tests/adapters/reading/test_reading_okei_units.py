"""The ОКЕИ code of a line's unit ('796': pieces, '166': kilograms) gives its unit where the unit's name is empty,
as a ТОРГ-12 ('Единица измерения / код по ОКЕИ') or a list with a column 'Код ОКЕИ' may leave it."""

from decimal import Decimal

import pytest
from tests.adapters.reading import invoices

from adapters.reading import PolarsProductListReader
from adapters.reading.okei_units import okei_unit
from domain.measures import Mass, Quantity

reader = PolarsProductListReader()

# name, article, unit, ОКЕИ, package, in one package, packages, gross, quantity (net mass), price, amount
UNNAMED_UNITS = [
    ["Молоток слесарный 500 г", "M-500", None, "796", "коробка", 10, 3, 16, 30, 350, 10500],
    ["Гвозди строительные 50 мм", "G-50", None, "166", "ящик", 10, 2, 21, 20, 150, 3000],
    ["Провод ПВС 2х1,5", "PVS", None, 6, "бухта", 100, 2, 15, 200, 40, 8000],  # 006, held as a number
    ["Перчатки рабочие х/б", "P-1", None, "715", "коробка", 50, 2, 6, 100, 30, 3000],
]


def test_a_torg12_line_without_a_unit_name_takes_the_unit_its_okei_code_names() -> None:
    listing = reader.read(invoices.torg12_xlsx(UNNAMED_UNITS), "torg12.xlsx")

    hammers, nails, wire, gloves = listing.lines
    assert hammers.quantity == Quantity(Decimal(30), "H87")
    assert (nails.quantity, nails.net_mass) == (Quantity(Decimal(20), "KGM"), Mass(Decimal(20)))
    assert wire.quantity == Quantity(Decimal(200), "MTR")
    assert gloves.quantity == Quantity(Decimal(100), "PR")
    assert not any("no unit is given" in problem.reason for problem in listing.all_problems())


def test_a_unit_name_wins_over_the_okei_code() -> None:
    named = [["Гвозди строительные 50 мм", "G-50", "кг", "796", "ящик", 10, 2, 21, 20, 150, 3000]]
    (nails,) = reader.read(invoices.torg12_xlsx(named), "torg12.xlsx").lines

    assert nails.quantity == Quantity(Decimal(20), "KGM")


def _csv(rows: list[str]) -> bytes:
    return "\r\n".join(rows).encode("cp1251")


def test_a_code_okei_column_gives_the_units_of_a_list_without_unit_names() -> None:
    rows = [
        "Наименование;Код ОКЕИ;Кол-во;Сумма, руб.",
        "Краска фасадная белая, ведро;778;12;14 400,00",
        "Цемент М500;168;2;18 000,00",
        "Лента малярная 50 мм;;40;2 000,00",
    ]
    listing = reader.read(_csv(rows), "list.csv")

    paint, cement, tape = listing.lines
    assert (paint.quantity, cement.quantity) == (Quantity(Decimal(12), "XPK"), Quantity(Decimal(2), "TNE"))
    assert tape.quantity == Quantity(Decimal(40), "H87")
    assert (
        "there is no unit column and 1 quantity has no unit after the number nor an ОКЕИ code: taken as pieces (H87)"
    ) in [problem.reason for problem in listing.problems]


def test_a_unit_column_headed_as_okei_codes_is_read_by_them() -> None:
    rows = ["Наименование;Ед. изм. (код ОКЕИ);Кол-во;Сумма, руб.", "Доска обрезная 50х150;113;4;36 000,00"]
    (boards,) = reader.read(_csv(rows), "list.csv").lines

    assert boards.quantity == Quantity(Decimal(4), "MTQ")
    assert not boards.problems


@pytest.mark.parametrize(
    ("written", "unit"),
    [("796", "H87"), ("006", "MTR"), ("6", "MTR"), ("55.0", "MTK"), (" 839 ", "SET"), ("999", None), ("шт", None)],
)
def test_okei_codes_read(written: str, unit: str | None) -> None:
    assert okei_unit(written) == unit


UPD_HEADER = "Наименование товара;Единица измерения код;Единица измерения условное обозначение (национальное);"
UPD_HEADER += "Количество (объем);Стоимость без налога, руб."


def test_the_upd_unit_is_read_from_its_symbol_column_before_its_code_column() -> None:
    rows = [
        UPD_HEADER,
        "Масло подсолнечное, бутылка 1 л;112;л;4 800;681 600,00",
        "Крупа гречневая;796;;6 000;578 400,00",
    ]
    listing = reader.read(_csv(rows), "upd.csv")

    assert listing.columns["unit"] == "Единица измерения условное обозначение (национальное)"
    oil, groats = listing.lines
    assert (oil.quantity, groats.quantity) == (Quantity(Decimal(4800), "LTR"), Quantity(Decimal(6000), "H87"))
    assert not listing.all_problems()


def test_a_unit_code_column_alone_is_read_by_its_okei_codes() -> None:
    rows = ["Наименование товара;Единица измерения код;Количество;Стоимость", "Мука пшеничная;166;20 000;770 000,00"]
    (flour,) = reader.read(_csv(rows), "upd.csv").lines

    assert flour.quantity == Quantity(Decimal(20000), "KGM")
    assert not flour.problems
