"""The rows below the header that are not read as goods lines, each kind named in a warning: the header
repeated on a later page, page numbers, a form's column numbers, a statement of the whole list's origin, rows the
sheet hides, rows struck through; and the rows read although some of their cells are struck through."""

from dataclasses import dataclass

import polars as pl

from adapters.reading.form_column_numbers import column_number_rows, column_numbers_note
from adapters.reading.header_detection import HeaderLayout
from adapters.reading.numbers import is_blank
from adapters.reading.origin_statements import OriginStatement, origin_statements, origin_statements_note, stated_origin
from adapters.reading.page_markers import page_marker_rows, page_markers_note
from adapters.reading.raw_table import RawTable
from adapters.reading.reading_plan import ReadingPlan
from adapters.reading.repeated_headers import repeated_header_note, repeated_header_rows
from adapters.reading.row_notes import rows_note
from adapters.reading.struck_rows import partly_struck_rows_note, struck_rows, struck_rows_note
from domain.goods.problems import RowProblem


@dataclass(frozen=True, slots=True)
class SetAsideRows:
    repeated: list[int]
    paged: list[int]  # see page_markers
    numbered: list[int]  # see form_column_numbers
    origins: list[OriginStatement]  # see origin_statements
    hidden: list[int]
    struck: list[int]
    partly_struck: list[int]

    @property
    def left_out(self) -> list[int]:
        origins = [origin.position for origin in self.origins]
        return self.repeated + self.paged + self.numbered + origins + self.hidden + self.struck

    @property
    def origin(self) -> str | None:
        """The country of origin the list states for all its lines (see origin_statements)."""
        return stated_origin(self.origins)

    def notes(self, plan: ReadingPlan) -> list[RowProblem]:
        return [
            *repeated_header_note(self.repeated, plan),
            *page_markers_note(self.paged, plan),
            *column_numbers_note(self.numbered, plan),
            *origin_statements_note(self.origins, plan),
            *hidden_rows_note(self.hidden, plan),
            *struck_rows_note(self.struck, plan),
            *partly_struck_rows_note(self.partly_struck, plan),
        ]


def set_aside_rows(table: RawTable, layout: HeaderLayout) -> SetAsideRows:
    """A hidden row is named as hidden only, whether struck through or not; a repeated header is no line; a hidden
    or struck statement of the list's origin states none."""
    repeated = repeated_header_rows(table, layout)
    numbered = [row for row in column_number_rows(table.frame, layout, repeated) if row not in repeated]
    filled = set(filled_rows(table.frame, table.hidden_rows))
    hidden = [row for row in table.hidden_rows if row >= layout.first_data_row and row in filled]
    numbered_or_hidden = set(numbered) | set(hidden)  # a filtered sheet may hide tens of thousands of rows
    paged = [row for row in page_marker_rows(table, layout) if row not in numbered_or_hidden]
    named = set(repeated) | set(paged) | numbered_or_hidden
    struck, partly = ([row for row in rows if row not in named] for rows in struck_rows(table, layout))
    named |= set(struck)
    origins = [origin for origin in origin_statements(table.frame, layout) if origin.position not in named]
    return SetAsideRows(repeated, paged, numbered, origins, hidden, struck, partly)


def hidden_rows_note(positions: list[int], plan: ReadingPlan) -> list[RowProblem]:
    """Rows a sheet hides below its header are not declared: a cancelled line, or lines a filter leaves out."""
    return rows_note(positions, plan, "hidden rows are not read ({}): show them in the sheet to declare them")


def filled_rows(frame: pl.DataFrame, positions: list[int]) -> list[int]:
    """Those of the positions whose row holds anything."""
    if not positions:
        return []
    written = pl.any_horizontal([~is_blank(pl.col(name)) for name in frame.columns])
    rows = frame.with_row_index("position").filter(pl.col("position").is_in(positions) & written)
    return rows.get_column("position").to_list()
