"""'\ufffd' in a CSV's text: a byte the code page it was read in does not define, or, in UTF-8 or UTF-16, a
character lost before the file was saved. The text is read as it stands, and one warning names the first cell
that holds it and how many more do."""

import polars as pl

from adapters.reading.file_lines import place_in_file
from adapters.reading.header_detection import HeaderLayout
from adapters.reading.raw_table import RawTable
from domain.goods.problems import RowProblem, Severity

_REPLACEMENT = "\ufffd"


def _reason(encoding: str, cells: int) -> str:
    more = f" (here and in {cells - 1} more cell{'s' if cells > 2 else ''})" if cells > 1 else ""
    if encoding.startswith("utf-"):
        lost = f"'{_REPLACEMENT}' stands for a character lost before the file was saved{more}"
        return f"{lost}: check the text against the invoice"
    return (
        f"'{_REPLACEMENT}' stands for a byte that is no character in {encoding}, the encoding the file was read "
        f"in{more}: save the file as UTF-8 and upload it again"
    )


def replacement_note(table: RawTable, layout: HeaderLayout) -> list[RowProblem]:
    """One warning at the first cell holding '\ufffd', on its row and column when it is a data row."""
    if table.replaced_in is None:
        return []
    marked = table.frame.select(pl.all().str.contains(_REPLACEMENT, literal=True).fill_null(False))
    cells = sum(marked.sum().row(0))
    if not cells:
        return []
    position, *flags = marked.with_row_index("position").filter(pl.any_horizontal(pl.exclude("position"))).row(0)
    place = place_in_file(position, table.is_workbook, table.file_lines, table.sheet)
    reason = f"{_reason(table.replaced_in, cells)} ({place})"
    if position < layout.first_data_row:
        return [RowProblem(None, None, reason, Severity.WARNING)]
    column = flags.index(True)
    header = layout.header_of(column)
    return [RowProblem(position - layout.first_data_row + 1, header, reason, Severity.WARNING)]
