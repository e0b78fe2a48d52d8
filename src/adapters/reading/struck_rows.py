"""A row struck through is a cancelled line. Below the header, a row whose every filled cell in the list's
columns is struck through is not declared; a row with only some of them struck through is declared as written.
A warning names each kind, as it does the hidden rows."""

import polars as pl

from adapters.reading.header_detection import HeaderLayout
from adapters.reading.numbers import is_blank
from adapters.reading.raw_table import RawTable, column_name
from adapters.reading.reading_plan import ReadingPlan
from adapters.reading.row_notes import rows_note
from domain.goods.problems import RowProblem


def struck_rows(table: RawTable, layout: HeaderLayout) -> tuple[list[int], list[int]]:
    """(rows every filled cell of which is struck through, rows some filled cells of which are), in the columns
    the list reads, below the header."""
    read = [column for column in sorted(set(layout.columns.values())) if column < table.frame.width]
    columns = [column for column in read if column in table.struck_cells]
    if not columns:
        return [], []
    filled = {c: ~is_blank(pl.col(column_name(c))) for c in read}
    struck = {c: pl.col("position").is_in(list(table.struck_cells[c].rows(layout.first_data_row))) for c in columns}
    marked = (
        table.frame.with_row_index("position")
        .slice(layout.first_data_row)
        .select(
            "position",
            some=pl.any_horizontal([filled[c] & struck[c] for c in columns]),
            every=pl.all_horizontal([~filled[c] | struck.get(c, pl.lit(False)) for c in filled]),
        )
        .filter("some")
    )
    every = marked.get_column("every")
    return marked.filter(every).get_column("position").to_list(), marked.filter(~every).get_column("position").to_list()


def struck_rows_note(positions: list[int], plan: ReadingPlan) -> list[RowProblem]:
    return rows_note(positions, plan, "struck-through rows are not read ({}): a struck-through line is cancelled")


def partly_struck_rows_note(positions: list[int], plan: ReadingPlan) -> list[RowProblem]:
    reason = (
        "rows with some cells struck through are read as written ({}): if such a line is cancelled, strike "
        "through all its cells or delete it"
    )
    return rows_note(positions, plan, reason)
