"""The per-line report as an Excel workbook: the CSV's rows and columns, which any Excel opens in columns whatever
its list separator (a Russian-locale Excel opens the comma-separated CSV in one column).

Codes stay text (their leading zeros kept), the row, part and item numbers and the confidence are numbers, and no
cell is ever a formula: every text cell is written as a string, and the apostrophe the CSV puts before a text that
starts like a formula is taken off again, since a string cell is never run. Lines that need review are shaded
yellow, conflicts red; the header row stays in view and filters."""

import csv
import io

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from application.processing.line_report import COLUMNS, unguarded

WHOLE_NUMBERS = frozenset({"row", "declaration", "item"})
WIDEST = 60
_NEEDS_REVIEW = PatternFill("solid", fgColor="FFF4CC")
_CONFLICT = PatternFill("solid", fgColor="F8D7DA")


def report_workbook(report_csv: bytes) -> bytes:
    """The workbook of a report `report_csv()` wrote (UTF-8 with a byte-order mark)."""
    reader = csv.DictReader(io.StringIO(report_csv.decode("utf-8-sig")))
    rows, columns = list(reader), list(reader.fieldnames or COLUMNS)
    book = Workbook()
    sheet = book.active
    sheet.title = "Lines"
    sheet.append(columns)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, row in enumerate(rows, start=2):
        fill = (
            _CONFLICT if row.get("conflict") == "yes" else _NEEDS_REVIEW if row.get("needs_review") == "yes" else None
        )
        for index, name in enumerate(columns, start=1):
            cell = sheet.cell(number, index)
            _put(cell, name, row.get(name) or "")
            if fill:
                cell.fill = fill
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, name in enumerate(columns, start=1):
        longest = max([len(name), *(len(row.get(name) or "") for row in rows)])
        sheet.column_dimensions[get_column_letter(index)].width = min(longest + 2, WIDEST)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _fill(row: dict[str, str]) -> PatternFill | None:
    if row.get("conflict") == "yes":
        return _CONFLICT
    return _NEEDS_REVIEW if row.get("needs_review") == "yes" else None


def _put(cell: Cell, column: str, text: str) -> None:
    if text and column in WHOLE_NUMBERS and text.isdigit():
        cell.value = int(text)
    elif text and column == "confidence":
        cell.value = float(text)
        cell.number_format = "0.00"
    else:
        cell.value = ILLEGAL_CHARACTERS_RE.sub("", unguarded(text))
        cell.data_type = "s"
        cell.number_format = "@"  # a code typed over it stays text: Excel would drop 0902's zero from a number
