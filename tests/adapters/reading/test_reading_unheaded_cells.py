"""Cells right of a workbook's last header column are read by no field: goods rows holding data there are named
once for the file, by column letter, so nothing the supplier wrote goes missing unsaid."""

import io

from openpyxl import Workbook
from tests.adapters.reading import invoices

from adapters.reading import PolarsProductListReader
from adapters.reading.unheaded_cells import column_letters
from domain.goods.problems import Severity

reader = PolarsProductListReader()
HEADER: list[object] = ["Description", "Qty, pcs", "Amount, USD", "Net weight, kg"]


def test_data_right_of_the_header_is_one_warning_naming_the_columns_and_counting_the_rows() -> None:
    rows = [
        HEADER,
        ["Drill", 2, 100, 5, None, "fragile"],
        ["Helmet", 5, 50, 2, "blue", "stack 3"],
        ["Gloves", 10, 10, 1],
        ["TOTAL", 17, 160, 8, None, "in words: one hundred sixty"],
    ]
    listing = reader.read(invoices.sheet_xlsx(rows), "tools.xlsx")
    assert [line.description for line in listing.lines] == ["Drill", "Helmet", "Gloves"]
    assert [(p.row, p.reason, p.severity) for p in listing.problems] == [
        (
            None,
            "columns E, F hold data in 2 goods rows right of the last header column; it is not read: "
            "give the column a header if it belongs to the list",
            Severity.WARNING,
        )
    ]
    assert all(line.problems == [] for line in listing.lines)


def test_a_sheet_starting_right_of_column_a_names_the_sheets_own_letters() -> None:
    book = Workbook()
    sheet = book.active
    for number, row in enumerate([HEADER, ["Drill", 2, 100, 5, None, None, "note"]], start=2):
        for offset, value in enumerate(row):
            sheet.cell(row=number, column=3 + offset, value=value)
    buffer = io.BytesIO()
    book.save(buffer)
    (problem,) = reader.read(buffer.getvalue(), "tools.xlsx").problems
    assert problem.reason.startswith("column I holds data in 1 goods row right of the last header column")


def test_nothing_right_of_the_header_says_nothing() -> None:
    rows = [HEADER, ["Drill", 2, 100, 5], ["Helmet", 5, 50, 2, None, "#N/A"]]
    assert reader.read(invoices.sheet_xlsx(rows), "tools.xlsx").problems == []


def test_column_letters_run_past_z() -> None:
    assert [column_letters(i) for i in (0, 25, 26, 51, 52, 701, 702)] == ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]
