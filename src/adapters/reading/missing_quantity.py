"""One warning when a list states amounts but no column is read as the quantity: every goods item is then declared
without a quantity in its supplementary unit. It lists the headers, so that a broker sees the column if the reader
missed it. A list without amounts is refused before a declaration anyway."""

from adapters.reading.header_detection import HeaderLayout
from adapters.reading.missing_header import headers_of, listed_headers
from adapters.reading.raw_table import RawTable
from domain.goods.problems import RowProblem, Severity


def no_quantity_note(table: RawTable, layout: HeaderLayout) -> list[RowProblem]:
    if "quantity" in layout.columns or "value" not in layout.columns:
        return []
    headers = headers_of(table.head(layout.header_row + 1)[layout.header_row][: layout.width])
    reason = (
        f"no column is read as the quantity (the headers are {listed_headers(headers)}): the goods items will carry "
        "no quantity in the supplementary unit; if a column holds it, name it as quantity=HEADER (--column, or the "
        "upload form's Columns)"
    )
    return [RowProblem(None, None, reason, Severity.WARNING)]
