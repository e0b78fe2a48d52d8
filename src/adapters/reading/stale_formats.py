"""Amount cells whose number format shows another currency than the list states (a template's stale format, ADR
0020) are named in warnings: a column with one such cell has its own warning on the line; a column with more has
one warning for them all, so that a stale template does not give the broker one warning per line:
"column 'Amount, USD': 1,998 cells (spreadsheet rows 5-2002) show EUR by their number format, but the lines'
currency is USD, from the header 'Amount, USD': they are read in USD; check which currency the amounts are in".
Up to ten cells, the rows are listed: '2 cells (spreadsheet rows 2 and 40)'.
Which columns have more is told from their formats before the lines are read, and only in a list of one
currency; a cell found alone in such a column after all keeps its own warning, among the list's rather than on
its line."""

from collections.abc import Collection
from dataclasses import dataclass

from adapters.reading.file_lines import on_sheet
from adapters.reading.row_labels import NotGoods, lines_among
from adapters.reading.row_runs import RowRuns
from domain.goods.currency_source import CurrencySource
from domain.goods.problems import RowProblem, Severity
from domain.goods.row_lists import SHOWN_ROWS, listed


def stale_format_fields(
    formats: dict[str, RowRuns], currency: str | None, from_row: int, left_out: Collection[int], not_goods: NotGoods
) -> frozenset[str]:
    """The amount fields of which more than one cell, from `from_row` on and in rows that may be lines (not
    `left_out`, nor among `not_goods`), shows another currency than `currency`, the list's, by its format
    (`formats`: the currencies formats show where the list states its own). None when the list has no one currency
    (a currency column names several): which cells disagree with their line's is known only line by line, so each
    keeps its warning."""
    if currency is None:
        return frozenset()
    stale = {field: runs.other_than(currency).rows(from_row, left_out) for field, runs in formats.items()}
    return frozenset(field for field, rows in stale.items() if lines_among(rows, not_goods, enough=1) > 1)


@dataclass(slots=True)
class _Cells:
    alone: RowProblem  # the warning on the first cell, given as it is if no other cell joins it
    first_row: int
    last_row: int
    rows: list[int]  # the spreadsheet rows, SHOWN_ROWS of them at most, to name them one by one
    count: int = 1

    def spreadsheet_rows(self) -> str:
        """'2, 7 and 40' up to SHOWN_ROWS cells; past them the first and last rows, '5-2002'."""
        if self.count > SHOWN_ROWS:
            return f"{self.first_row}-{self.last_row}"
        return listed([str(row) for row in sorted(self.rows)])


class StaleFormats:
    """The warnings on the cells of `fields` (see `stale_format_fields`) gathered as the lines are built, then
    given one per column, currency shown and currency read."""

    def __init__(self, fields: frozenset[str], sheet: str | None) -> None:
        """`sheet`: the sheet read, in a workbook of several, named with the rows."""
        self.fields = fields
        self._sheet = sheet
        self._cells: dict[tuple[str | None, str, str, str | None], _Cells] = {}

    def add(self, warning: RowProblem, shown: str, currency: str, source: CurrencySource | None, row: int) -> None:
        """`warning`: the cell's own; `shown`: the currency its format shows; `currency`: the line's, read at
        `source`; `row`: the spreadsheet row."""
        key = (warning.column, shown, currency, source.place if source else None)
        cells = self._cells.get(key)
        if cells is None:
            self._cells[key] = _Cells(warning, row, row, [row])
            return
        cells.first_row, cells.last_row = min(cells.first_row, row), max(cells.last_row, row)
        if len(cells.rows) < SHOWN_ROWS:
            cells.rows.append(row)
        cells.count += 1

    def notes(self) -> list[RowProblem]:
        return [
            cells.alone if cells.count == 1 else self._column_warning(cells, *key) for key, cells in self._cells.items()
        ]

    def _column_warning(
        self, cells: _Cells, column: str | None, shown: str, currency: str, place: str | None
    ) -> RowProblem:
        stated = f"the lines' currency is {currency}" + (f", {place}" if place else "")
        rows = f"spreadsheet rows {cells.spreadsheet_rows()}{on_sheet(self._sheet)}"
        reason = (
            f"{cells.count:,} cells ({rows}) show {shown} by their number format, but {stated}: they are read in "
            f"{currency}; check which currency the amounts are in"
        )
        return RowProblem(None, column, reason, Severity.WARNING)
