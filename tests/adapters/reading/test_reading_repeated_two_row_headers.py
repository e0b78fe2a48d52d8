"""A header over two rows ('Количество' over 'в одном месте' and 'мест, штук') repeated on a later page of the same
sheet: both rows, and the form's column numbers under them, are no goods lines; every goods line is read."""

from decimal import Decimal

import pytest
from tests.adapters.reading import invoices

from adapters.reading import PolarsProductListReader
from domain.measures import Quantity

reader = PolarsProductListReader()

TOP = ["№ п/п", "Товар", "Ед. изм.", "Количество", None, "Масса брутто, кг", "Цена", "Сумма без НДС, руб.",
       "Страна происхождения"]  # fmt: skip
PARTS = [None, "наименование", None, "в одном месте", "мест, штук", None, None, None, None]
NUMBERS = [str(number) for number in range(1, 10)]
# name, unit, in one package, packages, gross kg, price, amount, origin
FIRST_PAGE = [
    ["Светильник потолочный LED 36 Вт", "шт", 10, 12, 66, 1450, 174000, "Китай"],
    ["Розетка двойная с заземлением", "шт", 50, 6, 18, 210, 63000, "Россия"],
    ["Кабель-канал 25х16 мм, 2 м", "м", 100, 4, 40, 48, 19200, "Россия"],
]
SECOND_PAGE = [
    ["Выключатель одноклавишный", "шт", 60, 5, 15, 150, 45000, "Беларусь"],
    ["Лампа светодиодная E27 10 Вт", "шт", 100, 3, 12, 95, 28500, "Китай"],
]


def _lines(first: int, goods: list[list[object]]) -> list[list[object]]:
    return [[str(number), *line] for number, line in enumerate(goods, first)]


def _page_header(row: int) -> tuple[str, ...]:
    """The merged blocks of a two-row header whose upper row is spreadsheet row `row`."""
    return f"D{row}:E{row}", *(f"{column}{row}:{column}{row + 1}" for column in "ACFGHI")


def two_page_list() -> list[list[object]]:
    amount = sum(line[-2] for line in [*FIRST_PAGE, *SECOND_PAGE])  # type: ignore[misc]
    return [
        ["ТОВАРНАЯ НАКЛАДНАЯ № 64 от 20.03.2026"],
        TOP,
        PARTS,
        NUMBERS,
        *_lines(1, FIRST_PAGE),
        TOP,
        PARTS,
        NUMBERS,
        *_lines(len(FIRST_PAGE) + 1, SECOND_PAGE),
        [None, "Итого", None, None, None, None, None, amount, None],
    ]


@pytest.mark.parametrize("merges", [(*_page_header(2), *_page_header(8)), _page_header(2)])
def test_a_two_row_header_repeated_in_a_workbook_is_no_goods_line(merges: tuple[str, ...]) -> None:
    """Its blocks merged on the later page as on the first, or not merged there."""
    listing = reader.read(invoices.sheet_xlsx(two_page_list(), "ТОРГ-12", merges), "torg12.xlsx")

    assert [line.description for line in listing.lines] == [line[0] for line in [*FIRST_PAGE, *SECOND_PAGE]]
    assert [line.quantity for line in listing.lines][3:] == [
        Quantity(Decimal(300), "H87"), Quantity(Decimal(300), "H87")
    ]  # fmt: skip
    assert listing.totals.value == Decimal(329700)
    assert not listing.errors
    reasons = [problem.reason for problem in listing.problems]
    assert "the header is repeated below the first page (spreadsheet row 8, spreadsheet row 9): not read as goods" in (
        reasons
    )
    assert "the form's column numbers (spreadsheet row 10) are not read as goods" in reasons


def test_a_two_row_header_repeated_in_a_csv_is_no_goods_line() -> None:
    text = "\r\n".join(";".join("" if cell is None else str(cell) for cell in row) for row in two_page_list())
    listing = reader.read(text.encode("cp1251"), "list.csv")

    assert [line.description for line in listing.lines] == [line[0] for line in [*FIRST_PAGE, *SECOND_PAGE]]
    assert not listing.errors
    assert (
        "the header is repeated below the first page (line 8 of the file, line 9 of the file): not read as goods"
        in [problem.reason for problem in listing.problems]
    )


@pytest.mark.parametrize("title", [[["Инвойс № 78, валюта USD"]], []])
def test_a_header_repeated_right_under_a_goods_line_leaves_no_line_out(title: list[list[object]]) -> None:
    """No blank row between: the goods line above the repeat is no group row of a two-row header (a trial lost
    lines 1 to 5, read as title rows, with no warning)."""
    header = ["№", "Наименование", "Кол-во", "Ед.", "Цена, USD", "Сумма, USD", "Нетто, кг", "Брутто, кг", "Страна"]
    goods = [[n, f"Товар {n}", 10, "шт", 10 + n, 100 + 10 * n, 5, 6, "Турция"] for n in range(1, 13)]
    rows = [*title, header, *goods[:5], header, *goods[5:]]
    listing = reader.read(invoices.sheet_xlsx(rows), "invoice.xlsx")
    assert [line.description for line in listing.lines] == [f"Товар {n}" for n in range(1, 13)]
    assert listing.columns["description"] == "Наименование"
    assert sum(line.value.amount for line in listing.lines if line.value) == Decimal(1980)
