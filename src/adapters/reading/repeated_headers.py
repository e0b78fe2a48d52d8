"""A list exported page by page repeats its header row below the first page: such a row is no product line.
It is blanked in place (so the rows below keep their numbers) and named in a warning, as are a sheet's hidden
rows."""

import polars as pl

from adapters.reading.file_lines import place_in_file
from adapters.reading.header_detection import HeaderLayout
from adapters.reading.numbers import is_blank
from adapters.reading.raw_table import column_name
from adapters.reading.reading_plan import ReadingPlan
from domain.goods.problems import RowProblem, Severity

_LISTED = 10


def repeated_header_rows(frame: pl.DataFrame, layout: HeaderLayout) -> list[int]:
    """Frame rows below the header whose cells say again what the header says, in every read column that a
    header names (at least the description and one more)."""
    if len(layout.columns) < 2:
        return []
    matches = [
        pl.col(column_name(column)).str.strip_chars().str.to_lowercase() == layout.written[field].strip().lower()
        for field, column in layout.columns.items()
    ]
    below = frame.with_row_index("position").slice(layout.first_data_row)
    return below.filter(pl.all_horizontal(matches)).get_column("position").to_list()


def filled_rows(frame: pl.DataFrame, positions: list[int]) -> list[int]:
    """Those of the positions whose row holds anything."""
    if not positions:
        return []
    written = pl.any_horizontal([~is_blank(pl.col(name)) for name in frame.columns])
    rows = frame.with_row_index("position").filter(pl.col("position").is_in(positions) & written)
    return rows.get_column("position").to_list()


def blanked(frame: pl.DataFrame, positions: list[int]) -> pl.DataFrame:
    if not positions:
        return frame
    hit = pl.int_range(pl.len()).is_in(positions)
    return frame.with_columns(pl.when(hit).then(None).otherwise(pl.col(name)).alias(name) for name in frame.columns)


def repeated_header_note(positions: list[int], plan: ReadingPlan) -> list[RowProblem]:
    return rows_note(positions, plan, "the header is repeated below the first page ({}): not read as goods")


def hidden_rows_note(positions: list[int], plan: ReadingPlan) -> list[RowProblem]:
    """Rows a sheet hides below its header are not declared: a cancelled line, or lines a filter leaves out."""
    return rows_note(positions, plan, "hidden rows are not read ({}): show them in the sheet to declare them")


def rows_note(positions: list[int], plan: ReadingPlan, reason: str) -> list[RowProblem]:
    if not positions:
        return []
    places = [place_in_file(position, plan.is_workbook, plan.file_lines) for position in positions[:_LISTED]]
    more = f" and {len(positions) - _LISTED} more" if len(positions) > _LISTED else ""
    return [RowProblem(None, None, reason.format(", ".join(places) + more), Severity.WARNING)]
