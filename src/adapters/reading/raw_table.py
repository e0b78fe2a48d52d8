"""A sheet or CSV as read, before any header is known: every cell a string, rows as in the source."""

from collections.abc import Callable
from dataclasses import dataclass, field

import polars as pl

from adapters.reading.file_lines import FileLines
from adapters.reading.row_runs import RowRuns


@dataclass(frozen=True, slots=True)
class CellRange:
    """A merged block of cells, 0-based and inclusive, in the table's own row and column positions."""

    first_row: int
    first_column: int
    last_row: int
    last_column: int


@dataclass(slots=True)
class RawTable:
    """`frame` has String columns c0..cN; for a workbook, frame row i is spreadsheet row i + 1."""

    frame: pl.DataFrame
    is_workbook: bool
    decimal_comma_hint: bool
    merges: list[CellRange] = field(default_factory=list)
    first_column: int = 0  # the sheet column of frame column c0: a sheet may start right of column A
    file_lines: FileLines = field(default_factory=FileLines)  # a CSV's: where each row stands in the file
    delimiter: str | None = None  # a CSV's
    written_widths: tuple[int, ...] = ()  # a CSV's: how many fields each row was written with (see written_widths)
    sheet: str | None = None  # the sheet read, in a workbook of several: places name it
    cleaned_cells: set[tuple[int, int]] = field(default_factory=set)  # (row, column): control characters removed
    unsaved_formulas: set[tuple[int, int]] = field(default_factory=set)  # (row, column): a formula with no value
    notes: list[str] = field(default_factory=list)  # about the whole file: other sheets that hold lists
    replaced_in: str | None = None  # a CSV whose text holds '�': the encoding it was read in
    hidden_rows: list[int] = field(default_factory=list)  # a sheet's rows hidden by hand or by a filter, or 0 high
    hidden_columns: list[int] = field(default_factory=list)  # a sheet's columns hidden (blanked) that held anything
    struck_cells: dict[int, RowRuns] = field(default_factory=dict)  # column -> a sheet's rows struck through there
    format_currencies: dict[int, RowRuns] = field(default_factory=dict)  # column -> currencies number formats show
    number_cells: Callable[[frozenset[int]], set[tuple[int, int]]] = lambda _: set()
    """(row, column), in the columns asked, of the cells a workbook holds as numbers and whose text reads two ways
    ('12.345'); ask only for columns that write decimals with a comma, as it may cost a pass over the sheet."""

    def head(self, rows: int) -> list[list[str | None]]:
        """The first rows as Python lists, merged blocks filled with their top-left value."""
        head = [list(row) for row in self.frame.head(rows).iter_rows()]
        for block in self.merges:
            if block.first_row >= len(head):
                continue
            value = head[block.first_row][block.first_column]
            for r in range(block.first_row, min(block.last_row + 1, len(head))):
                for c in range(block.first_column, min(block.last_column + 1, len(head[r]))):
                    head[r][c] = value
        return head

    def fill_merged_down(self, columns: list[str], from_row: int) -> pl.DataFrame:
        """The frame with each merged block at or below `from_row` copied down its rows, in `columns` only; not into
        a row with no cell of its own, which is the lower half of a line merged over two rows, not a line."""
        blocks = [b for b in self.merges if b.last_row > b.first_row and b.first_row >= from_row]
        frame = self.frame
        if not blocks:
            return frame
        empty = frame.select(pl.all_horizontal(pl.all().is_null() | (pl.all().str.strip_chars() == ""))).to_series()
        for name in columns:
            index = int(name[1:])
            spans = [b for b in blocks if b.first_column <= index <= b.last_column]
            if not spans:
                continue
            values = frame.get_column(name).to_list()
            for block in spans:
                for row in range(block.first_row + 1, min(block.last_row + 1, len(values))):
                    if not empty[row]:
                        values[row] = values[block.first_row]
            frame = frame.with_columns(pl.Series(name, values, dtype=pl.String))
        return frame


def column_name(index: int) -> str:
    return f"c{index}"


def string_frame(rows: list[list[str | None]]) -> pl.DataFrame:
    """A frame of String columns c0..cN from Python rows of unequal length."""
    width = max((len(row) for row in rows), default=0)
    columns = {column_name(i): [row[i] if i < len(row) else None for row in rows] for i in range(width)}
    return pl.DataFrame(columns, schema=dict.fromkeys(columns, pl.String))
