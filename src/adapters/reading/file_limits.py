"""The limits of ReadingLimits that need the table: rows, columns and the longest cell."""

import polars as pl

from adapters.reading.file_lines import place_in_file
from adapters.reading.header_detection import HeaderLayout
from adapters.reading.limits import ReadingLimits
from adapters.reading.raw_table import RawTable, column_name
from application.ports.reader import UnusableFile


def check_shape(table: RawTable, filename: str, limits: ReadingLimits) -> None:
    """Empty rows do not count: one stray cell at A1048576 below nine lines is no list of a million rows."""
    rows, columns = table.frame.height, table.frame.width
    if rows > limits.max_rows and (filled := _filled_rows(table.frame)) > limits.max_rows:
        raise UnusableFile(f"{filename} has {filled:,} rows; the most a list may have is {limits.max_rows:,}.")
    if columns > limits.max_columns:
        raise UnusableFile(f"{filename} has {columns:,} columns; the most a list may have is {limits.max_columns:,}.")


def _filled_rows(frame: pl.DataFrame) -> int:
    written = [pl.col(name).str.strip_chars().str.len_chars().fill_null(0) > 0 for name in frame.columns]
    return int(frame.select(pl.any_horizontal(written).sum()).item())


def check_cells(table: RawTable, layout: HeaderLayout, filename: str, limits: ReadingLimits) -> None:
    """Raises UnusableFile naming the row and column of the first cell longer than the limit."""
    longest = table.frame.select(pl.all().str.len_chars().max()).row(0)
    over = [i for i, length in enumerate(longest) if length is not None and length > limits.max_cell_chars]
    if not over:
        return
    column = over[0]
    first_over = (
        table.frame.with_row_index("position")
        .select("position", pl.col(column_name(column)).str.len_chars().alias("length"))
        .filter(pl.col("length") > limits.max_cell_chars)
        .row(0)
    )
    position, length = first_over
    header = layout.header_of(column)
    if position >= layout.first_data_row:
        where = f"row {position - layout.first_data_row + 1}"
    else:
        where = "a row above the header"
    where += f" ({place_in_file(position, table.is_workbook, table.file_lines, table.sheet)})"
    raise UnusableFile(
        f"{filename} has a cell of {length:,} characters in {where}, column '{header}'; "
        f"the longest cell accepted has {limits.max_cell_chars:,} characters."
    )
