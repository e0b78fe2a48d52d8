"""Cells right of the header's last named column of a workbook: no field reads them, so goods rows holding
data there are named once for the file, by the columns' letters (a CSV's extra fields are named per row)."""

from collections.abc import Iterable

import polars as pl

from adapters.reading.excel_errors import EXCEL_ERROR
from adapters.reading.header_detection import HeaderLayout
from adapters.reading.numbers import is_blank
from adapters.reading.raw_table import RawTable, column_name
from domain.goods.problems import RowProblem, Severity

_LISTED_COLUMNS = 10


def column_letters(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA'."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def unheaded_cells_notes(table: RawTable, layout: HeaderLayout, left_out: Iterable[int]) -> list[RowProblem]:
    """One warning when goods rows (not the title, header, total or footer rows) hold data right of the header."""
    beyond = [column_name(i) for i in range(layout.width, table.frame.width)]
    if not table.is_workbook or not beyond:
        return []
    body = table.frame.with_row_index("position").slice(layout.first_data_row)
    filled = body.filter(~pl.col("position").is_in(list(left_out))).select(
        (~is_blank(pl.col(name)) & ~pl.col(name).str.contains(EXCEL_ERROR)).fill_null(False) for name in beyond
    )
    counts = filled.sum().row(0)
    letters = [column_letters(table.first_column + layout.width + i) for i, count in enumerate(counts) if count]
    if not letters:
        return []
    rows = filled.select(pl.any_horizontal(pl.all()).sum()).item()
    listed = ", ".join(letters[:_LISTED_COLUMNS]) + (", ..." if len(letters) > _LISTED_COLUMNS else "")
    columns = f"column {listed} holds" if len(letters) == 1 else f"columns {listed} hold"
    reason = (
        f"{columns} data in {rows} goods row{'s' if rows != 1 else ''} right of the last header column; "
        "it is not read: give the column a header if it belongs to the list"
    )
    return [RowProblem(None, None, reason, Severity.WARNING)]
