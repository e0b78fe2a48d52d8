"""A list exported page by page repeats its header below the first page: such rows are no product line. They are
blanked in place (so the rows below keep their numbers) and named in a warning."""

import polars as pl

from adapters.reading.header_detection import HeaderLayout
from adapters.reading.numbers import is_blank
from adapters.reading.raw_table import RawTable, column_name
from adapters.reading.reading_plan import ReadingPlan
from adapters.reading.row_notes import rows_note
from domain.goods.problems import RowProblem


def _as_written(column: pl.Expr) -> pl.Expr:
    return column.str.strip_chars().str.to_lowercase()


def repeated_header_rows(table: RawTable, layout: HeaderLayout) -> list[int]:
    """Frame rows below the header that say again what the header says: of a one-row header, in every read column
    that a header names (at least the description and one more); of a two-row header, both rows (see
    _repeated_two_row_header)."""
    if layout.header_rows == 2:
        return _repeated_two_row_header(table, layout)
    if len(layout.columns) < 2:
        return []
    matches = [
        _as_written(pl.col(column_name(column))) == layout.written[field].strip().lower()
        for field, column in layout.columns.items()
    ]
    below = table.frame.with_row_index("position").slice(layout.first_data_row)
    return below.filter(pl.all_horizontal(matches)).get_column("position").to_list()


def _says_again(header: list[str | None], written: int) -> pl.Expr:
    """Whether a row writes in each of its cells what `header` (a header row, merged blocks filled) writes in that
    column, in at least half as many cells as the header row was `written` in."""
    cells = [pl.col(column_name(index)) for index in range(len(header))]
    same = [
        is_blank(cell) | (_as_written(cell) == (text or "").strip().lower())
        for cell, text in zip(cells, header, strict=True)
    ]
    filled = pl.sum_horizontal([(~is_blank(cell)).cast(pl.UInt32) for cell in cells])
    return pl.all_horizontal(same).fill_null(False) & (2 * filled >= written)


def _cells_written(row: tuple[str | None, ...]) -> int:
    return sum(1 for cell in row if cell and cell.strip())


def _repeated_two_row_header(table: RawTable, layout: HeaderLayout) -> list[int]:
    """Pairs of rows, the upper saying again what the groups' row says and the lower what the sub-headers' row says
    ('Количество' over 'в одном месте' and 'мест, штук'), as the header rows read with their merged blocks filled:
    a repeat merged as the first page's, or not merged at all, matches."""
    top, bottom = layout.header_row - 1, layout.header_row
    head = table.head(bottom + 1)
    upper = _says_again(head[top], _cells_written(table.frame.row(top)))
    lower = _says_again(head[bottom], _cells_written(table.frame.row(bottom)))
    below = table.frame.with_row_index("position").slice(layout.first_data_row)
    uppers = below.filter(upper & lower.shift(-1).fill_null(False)).get_column("position").to_list()
    return sorted({row + offset for row in uppers for offset in (0, 1)})


def blanked(frame: pl.DataFrame, positions: list[int]) -> pl.DataFrame:
    if not positions:
        return frame
    hit = pl.int_range(pl.len()).is_in(positions)
    return frame.with_columns(pl.when(hit).then(None).otherwise(pl.col(name)).alias(name) for name in frame.columns)


def repeated_header_note(positions: list[int], plan: ReadingPlan) -> list[RowProblem]:
    return rows_note(positions, plan, "the header is repeated below the first page ({}): not read as goods")
