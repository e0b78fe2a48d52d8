"""A list exported page by page repeats its header row below the first page: such a row is no product line.
It is blanked in place (so the rows below keep their numbers) and named in a warning."""

import polars as pl

from adapters.reading.header_detection import HeaderLayout
from adapters.reading.raw_table import column_name
from adapters.reading.reading_plan import ReadingPlan
from adapters.reading.row_notes import rows_note
from domain.goods.problems import RowProblem


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


def blanked(frame: pl.DataFrame, positions: list[int]) -> pl.DataFrame:
    if not positions:
        return frame
    hit = pl.int_range(pl.len()).is_in(positions)
    return frame.with_columns(pl.when(hit).then(None).otherwise(pl.col(name)).alias(name) for name in frame.columns)


def repeated_header_note(positions: list[int], plan: ReadingPlan) -> list[RowProblem]:
    return rows_note(positions, plan, "the header is repeated below the first page ({}): not read as goods")
