"""A two-way figure ('60,000': 60 or 60000) is read the other way than its column when only that makes the column add
up to the printed total, with a warning naming the cell; on a line handed on in an earlier chunk, an error."""

import io
from decimal import Decimal

from openpyxl import load_workbook
from tests.adapters.reading.invoices import sheet_xlsx, sheets_xlsx

from adapters.reading import PolarsProductListReader
from domain.goods.problems import Severity
from domain.measures import Mass

reader = PolarsProductListReader()
_NB = "\u00a0"


def _broker_list(total_net: str) -> bytes:
    rows: list[list[object]] = [
        ["№ п/п", "Наименование товара", "Кол-во", "Вес нетто, кг", "Вес брутто, кг", "Цена, USD", "Стоимость, USD"],
        [1, "Ноутбук ASUS VivoBook 15,6", 30, "60,000", "84,000", "450,00", f"13{_NB}500,00"],
        [2, "Плитка керамогранитная 60х60", 800, f"17{_NB}600", f"18{_NB}400", "9,80", f"7{_NB}840,00"],
        [3, "Обувь мужская кожаная", 480, 432, 528, "32,50", f"15{_NB}600,00"],
        ["Итого", None, None, total_net, f"19{_NB}012", None, f"36{_NB}940,00"],
    ]
    return sheet_xlsx(rows, title="Перечень")


def test_a_two_way_mass_is_read_as_the_printed_total_settles_it() -> None:
    listing = reader.read(_broker_list(f"18{_NB}092"), "broker-ru.xlsx")

    laptops = listing.lines[0]
    assert (laptops.net_mass, laptops.gross_mass) == (Mass(Decimal(60)), Mass(Decimal(84)))
    net, gross = laptops.problems
    assert (net.row, net.column, net.severity) == (1, "Вес нетто, кг", Severity.WARNING)
    assert net.reason == (
        "'60,000' reads two ways: it is read as 60, as the printed total 18092 of column 'Вес нетто, кг' settled it: "
        "the column adds up to that total only so; read as the column's other figures are, it would be 60000: "
        "check it (spreadsheet row 2)"
    )
    assert gross.column == "Вес брутто, кг" and "settled" in gross.reason
    assert not [problem for problem in listing.problems if "printed total" in problem.reason]


def test_a_total_the_other_reading_does_not_close_leaves_the_figure_as_its_column_reads_it() -> None:
    listing = reader.read(_broker_list(f"18{_NB}100"), "broker-ru.xlsx")

    assert listing.lines[0].net_mass == Mass(Decimal(60000))
    assert "which would make it 60: check it" in listing.lines[0].problems[0].reason
    (differs,) = [problem for problem in listing.problems if problem.column == "Вес нетто, кг"]
    assert "differs from the sum of the lines" in differs.reason


def test_a_figure_on_a_line_handed_on_in_an_earlier_chunk_makes_the_total_an_error() -> None:
    chunks = list(reader.read_chunks(_broker_list(f"18{_NB}092"), "broker-ru.xlsx", chunk_rows=2))

    assert chunks[0].lines[0].net_mass == Mass(Decimal(60000))
    errors = [problem for chunk in chunks for problem in chunk.problems if problem.severity is Severity.ERROR]
    assert {problem.column for problem in errors} == {"Вес нетто, кг", "Вес брутто, кг"}
    assert "row 1 '60,000' (spreadsheet row 2)" in errors[0].reason


def test_on_a_later_sheet_the_error_names_the_figures_row_on_that_sheet() -> None:
    """The lines of the sheet's first chunk count on over 'Лист1' by the time its total is read (ADR 0034)."""
    first = [["Наименование товара", "Кол-во", "Вес нетто, кг", "Стоимость, USD"], ["Чай", 10, 5, 100]]
    broker = load_workbook(io.BytesIO(_broker_list(f"18{_NB}092"))).active
    data = sheets_xlsx(("Лист1", first), ("Перечень", [list(row) for row in broker.iter_rows(values_only=True)]))
    chunks = list(reader.read_chunks(data, "broker-ru.xlsx", chunk_rows=2))

    errors = [problem for chunk in chunks for problem in chunk.problems if problem.severity is Severity.ERROR]
    assert errors and "row 1 '60,000' (spreadsheet row 2 on sheet 'Перечень')" in errors[0].reason
