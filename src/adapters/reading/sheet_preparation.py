"""A table made ready to be read as goods: its header found, the rows that are no goods lines set aside (blanked)
and merged cells filled down."""

from collections.abc import Mapping
from dataclasses import dataclass

import polars as pl

from adapters.reading.file_limits import check_cells, check_shape
from adapters.reading.header_detection import HEADER_SEARCH_ROWS, HeaderLayout, detect_header
from adapters.reading.limits import ReadingLimits
from adapters.reading.numbers import is_blank
from adapters.reading.priced_packages import priced_packages
from adapters.reading.raw_table import RawTable, column_name
from adapters.reading.reading_plan import FILL_DOWN_FIELDS
from adapters.reading.repeated_headers import blanked
from adapters.reading.set_aside_rows import SetAsideRows, set_aside_rows
from adapters.reading.several_sheets import EmptySheet
from adapters.reading.unheaded_descriptions import descriptions_without_a_header
from application.ports.reader import UnusableFile


@dataclass(frozen=True, slots=True)
class PreparedSheet:
    table: RawTable
    layout: HeaderLayout
    aside: SetAsideRows  # the rows below the header that are not read as goods lines

    @property
    def body(self) -> pl.DataFrame:
        """The rows below the header."""
        return self.table.frame.slice(self.layout.first_data_row)

    @property
    def body_rows(self) -> int:
        return self.table.frame.height - self.layout.first_data_row


def prepare_sheet(
    table: RawTable, filename: str, named_columns: Mapping[str, str], limits: ReadingLimits
) -> PreparedSheet:
    """The table, its header, and the rows that are not read as goods lines (blanked). UnusableFile when it cannot
    be read as a list; EmptySheet when it has a header and nothing below it."""
    check_shape(table, filename, limits)
    try:
        layout = detect_header(table.head(HEADER_SEARCH_ROWS), filename, named_columns)
    except UnusableFile:  # unless the file is descriptions alone, without a header
        unheaded = None if named_columns else descriptions_without_a_header(table)
        if unheaded is None:
            raise
        layout = unheaded
    layout = priced_packages(table, layout, named_columns.keys())
    check_cells(table, layout, filename, limits)
    body = table.frame.slice(layout.first_data_row)
    if body.filter(~pl.all_horizontal([is_blank(pl.col(c)) for c in body.columns])).is_empty():
        raise EmptySheet(f"{filename} has a header but no product lines below it.")
    fill = [column_name(layout.columns[f]) for f in FILL_DOWN_FIELDS if f in layout.columns]
    table.frame = table.fill_merged_down(fill, layout.first_data_row)
    aside = set_aside_rows(table, layout)
    table.frame = blanked(table.frame, aside.left_out)
    return PreparedSheet(table, layout, aside)
