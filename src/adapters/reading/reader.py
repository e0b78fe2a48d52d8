"""PolarsProductListReader: CSV and XLSX product lists (EN/RU/TK) to product lines, chunk by chunk."""

from collections.abc import Iterator, Mapping

import polars as pl

from adapters.reading.chunk_lines import chunk_lines
from adapters.reading.chunk_normalising import normalise_chunk
from adapters.reading.file_limits import check_cells, check_shape
from adapters.reading.header_detection import HEADER_SEARCH_ROWS, HeaderLayout, detect_header
from adapters.reading.limits import ReadingLimits
from adapters.reading.line_bound import lines_at_most
from adapters.reading.line_building import LineBuilder
from adapters.reading.list_notes import file_notes
from adapters.reading.numbers import is_blank
from adapters.reading.raw_table import RawTable, column_name
from adapters.reading.reading_plan import FILL_DOWN_FIELDS, plan_reading
from adapters.reading.repeated_headers import blanked
from adapters.reading.replacement_characters import replacement_note
from adapters.reading.set_aside_rows import SetAsideRows, set_aside_rows
from adapters.reading.table_opening import open_table
from adapters.reading.totals import TotalsWatch
from adapters.reading.unheaded_cells import unheaded_cells_notes
from application.ports.reader import UnusableFile
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_list import ProductList


class PolarsProductListReader:
    """Reads with Polars (calamine for .xlsx, openpyxl as a fallback); limits come from `ReadingLimits`.

    `named_columns` (keyword of `read` / `read_chunks`) forces the columns of some fields by their headers.
    """

    def __init__(self, limits: ReadingLimits | None = None) -> None:
        self._limits = limits or ReadingLimits()

    def read(self, data: bytes, filename: str, *, named_columns: Mapping[str, str] | None = None) -> ProductList:
        merged = ProductList(lines=[])
        for chunk in self.read_chunks(data, filename, named_columns=named_columns):
            merged.lines.extend(chunk.lines)
            merged.problems.extend(chunk.problems)
            merged.totals, merged.currency, merged.columns = chunk.totals, chunk.currency, chunk.columns
        return merged

    def lines_at_most(self, data: bytes, filename: str) -> int | None:
        """A CSV's line breaks, the rows of a workbook's fullest worksheet (see line_bound)."""
        return lines_at_most(data, filename, self._limits)

    def read_chunks(
        self, data: bytes, filename: str, chunk_rows: int = 50_000, *, named_columns: Mapping[str, str] | None = None
    ) -> Iterator[ProductList]:
        """Opens and checks the whole file before returning, so UnusableFile never interrupts the chunks."""
        if chunk_rows < 1:
            raise ValueError("chunk_rows must be at least 1")
        table, layout, aside = self._open(data, filename, named_columns or {})
        return self._chunks(table, layout, chunk_rows, aside)

    def _open(
        self, data: bytes, filename: str, named_columns: Mapping[str, str]
    ) -> tuple[RawTable, HeaderLayout, SetAsideRows]:
        """The table, its header, and the rows that are not read as goods lines (blanked)."""
        table = open_table(data, filename, self._limits, named_columns)
        check_shape(table, filename, self._limits)
        layout = detect_header(table.head(HEADER_SEARCH_ROWS), filename, named_columns)
        check_cells(table, layout, filename, self._limits)
        body = table.frame.slice(layout.first_data_row)
        if body.filter(~pl.all_horizontal([is_blank(pl.col(c)) for c in body.columns])).is_empty():
            raise UnusableFile(f"{filename} has a header but no product lines below it.")
        fill = [column_name(layout.columns[f]) for f in FILL_DOWN_FIELDS if f in layout.columns]
        table.frame = table.fill_merged_down(fill, layout.first_data_row)
        aside = set_aside_rows(table, layout)
        table.frame = blanked(table.frame, aside.left_out)
        return table, layout, aside

    def _chunks(
        self, table: RawTable, layout: HeaderLayout, chunk_rows: int, aside: SetAsideRows
    ) -> Iterator[ProductList]:
        body = table.frame.slice(layout.first_data_row)
        plan = plan_reading(table, layout, body.head(chunk_rows), frozenset(aside.left_out))
        builder = LineBuilder(plan)
        watch = TotalsWatch(builder)
        starts = range(0, body.height, chunk_rows)
        for start in starts:
            frame = normalise_chunk(body.slice(start, chunk_rows), layout.first_data_row + start, plan)
            lines = chunk_lines(frame, builder, watch)
            chunk = ProductList(lines=lines, currency=plan.currency, columns=dict(layout.written))
            if start == starts[-1]:
                chunk.totals, held_goods = watch.finish()
                chunk.lines.extend(held_goods)
                unheaded = unheaded_cells_notes(table, layout, watch.left_out)
                sheets = [RowProblem(None, None, note, Severity.WARNING) for note in table.notes]
                chunk.problems = [
                    *sheets,
                    *replacement_note(table, layout),
                    *file_notes(plan),
                    *builder.stale_formats.notes(),
                    *aside.notes(plan),
                    *watch.problems,
                    *unheaded,
                ]
            yield chunk
