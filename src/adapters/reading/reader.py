"""PolarsProductListReader: CSV and XLSX product lists (EN/RU/TK) to product lines, chunk by chunk."""

from collections.abc import Iterator, Mapping, Sequence

import polars as pl

from adapters.reading.chunk_lines import chunk_lines
from adapters.reading.chunk_normalising import normalise_chunk
from adapters.reading.file_limits import check_cells, check_shape
from adapters.reading.header_detection import HEADER_SEARCH_ROWS, HeaderLayout, detect_header
from adapters.reading.invoice_totals import InvoiceTotal
from adapters.reading.limits import ReadingLimits
from adapters.reading.line_bound import lines_at_most
from adapters.reading.line_building import LineBuilder
from adapters.reading.list_notes import file_notes
from adapters.reading.missing_quantity import no_quantity_note
from adapters.reading.numbers import is_blank
from adapters.reading.other_currency_amounts import other_currency_amount_notes
from adapters.reading.packing_lists import not_combined, with_packing_list
from adapters.reading.priced_packages import priced_packages
from adapters.reading.quantity_net_masses import UnweighedLines
from adapters.reading.raw_table import RawTable, column_name
from adapters.reading.reading_plan import FILL_DOWN_FIELDS, plan_reading
from adapters.reading.repeated_headers import blanked
from adapters.reading.replacement_characters import replacement_note
from adapters.reading.set_aside_rows import SetAsideRows, set_aside_rows
from adapters.reading.several_sheets import EmptySheet, SheetChunks, left_out, one_list, with_packing_lists
from adapters.reading.shared_figures import SharedFigures
from adapters.reading.summary_sheets import without_summaries
from adapters.reading.table_opening import OpenedFile, open_table
from adapters.reading.totals import TotalsWatch
from adapters.reading.unheaded_cells import unheaded_cells_notes
from adapters.reading.unheaded_descriptions import descriptions_without_a_header
from adapters.reading.units_in_cells import units_written
from application.ports.reader import UnusableFile
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_list import ProductList

_TOO_LONG = "the lists are too long to be matched line by line"


class PolarsProductListReader:
    """Reads with Polars (calamine for .xlsx, openpyxl as a fallback); limits come from `ReadingLimits`.

    `named_columns` (keyword of `read` / `read_chunks`) forces the columns of some fields by their headers;
    `sheets` names the workbook's sheets to read (none: every sheet that holds goods, see list_sheets).
    """

    def __init__(self, limits: ReadingLimits | None = None) -> None:
        self._limits = limits or ReadingLimits()

    def read(
        self,
        data: bytes,
        filename: str,
        *,
        named_columns: Mapping[str, str] | None = None,
        sheets: Sequence[str] = (),
    ) -> ProductList:
        return _whole(self.read_chunks(data, filename, named_columns=named_columns, sheets=sheets))

    def lines_at_most(self, data: bytes, filename: str) -> int | None:
        """A CSV's line breaks, the rows of all a workbook's worksheets (see line_bound)."""
        return lines_at_most(data, filename, self._limits)

    def read_chunks(
        self,
        data: bytes,
        filename: str,
        chunk_rows: int = 50_000,
        *,
        named_columns: Mapping[str, str] | None = None,
        sheets: Sequence[str] = (),
    ) -> Iterator[ProductList]:
        """Opens and checks the whole file before returning, so UnusableFile never interrupts the chunks."""
        if chunk_rows < 1:
            raise ValueError("chunk_rows must be at least 1")
        named = named_columns or {}
        opened = open_table(data, filename, self._limits, named, sheets)
        if len(opened.tables) > 1:
            return self._several_sheets(opened, filename, named, chunk_rows, bool(sheets))
        table, layout, aside = self._prepared(opened.tables[0], filename, named)
        chunks = self._chunks(table, layout, chunk_rows, aside)
        if not opened.packing:
            return chunks
        pair = (str(table.sheet), str(opened.packing[0].sheet))
        if _body_rows(table, layout) > chunk_rows:
            table.notes.append(not_combined(pair, _TOO_LONG))
            return chunks
        try:
            packing = self._packing_list(opened.packing[0], filename, named, chunk_rows)
        except UnusableFile as unreadable:
            table.notes.append(not_combined(pair, str(unreadable)))
            return chunks
        return iter([with_packing_list(next(chunks), packing, pair)])

    def _several_sheets(
        self, opened: OpenedFile, filename: str, named_columns: Mapping[str, str], chunk_rows: int, chosen: bool
    ) -> Iterator[ProductList]:
        """Every sheet prepared (and checked) before the first chunk; a sheet without lines is left out, named;
        `chosen`: the broker named the sheets."""
        tables = opened.tables
        notes, tables[0].notes = tables[0].notes, []
        if (rows := sum(table.frame.height for table in tables)) > self._limits.max_rows:
            limit = self._limits.max_rows
            raise UnusableFile(f"{filename} has {rows:,} rows on its sheets; the most a list may have is {limit:,}.")
        sheets = []
        for table in tables:
            try:
                prepared, layout, aside = self._prepared(table, filename, named_columns)
            except EmptySheet:
                notes.append(left_out(str(table.sheet)))
                continue
            below_its_total: list[InvoiceTotal] = []
            chunks = self._chunks(prepared, layout, chunk_rows, aside, below_its_total)
            body = prepared.frame.slice(layout.first_data_row)
            sheets.append(SheetChunks(str(table.sheet), chunks, body, below_its_total))
        if not sheets:
            raise EmptySheet(f"{filename} has headers but no product lines below them.")
        packing = []
        for table in opened.packing:
            try:
                packing.append((str(table.sheet), self._packing_list(table, filename, named_columns, chunk_rows)))
            except UnusableFile as unreadable:
                notes.append(f"sheet '{table.sheet}' also holds a list and was not read: {unreadable}")
        if not chosen:
            sheets, summaries = without_summaries(sheets, chunk_rows)
            notes += summaries
        notes += with_packing_lists(sheets, packing, chunk_rows)
        return one_list(sheets, notes, chosen)

    def _packing_list(
        self, table: RawTable, filename: str, named_columns: Mapping[str, str], chunk_rows: int
    ) -> ProductList:
        """A workbook's packing list beside the list sheet, read whole: no longer than one chunk."""
        table, layout, aside = self._prepared(table, filename, named_columns)
        if _body_rows(table, layout) > chunk_rows:
            raise UnusableFile(_TOO_LONG)
        return _whole(self._chunks(table, layout, chunk_rows, aside))

    def _prepared(
        self, table: RawTable, filename: str, named_columns: Mapping[str, str]
    ) -> tuple[RawTable, HeaderLayout, SetAsideRows]:
        """The table, its header, and the rows that are not read as goods lines (blanked)."""
        check_shape(table, filename, self._limits)
        try:
            layout = detect_header(table.head(HEADER_SEARCH_ROWS), filename, named_columns)
        except UnusableFile:  # unless the file is descriptions alone, without a header
            unheaded = None if named_columns else descriptions_without_a_header(table)
            if unheaded is None:
                raise
            layout = unheaded
        layout = priced_packages(table, layout, named_columns.keys())
        check_cells(table, layout, filename, self._limits)
        body = table.frame.slice(layout.first_data_row)
        if body.filter(~pl.all_horizontal([is_blank(pl.col(c)) for c in body.columns])).is_empty():
            raise EmptySheet(f"{filename} has a header but no product lines below it.")
        fill = [column_name(layout.columns[f]) for f in FILL_DOWN_FIELDS if f in layout.columns]
        table.frame = table.fill_merged_down(fill, layout.first_data_row)
        aside = set_aside_rows(table, layout)
        table.frame = blanked(table.frame, aside.left_out)
        return table, layout, aside

    def _chunks(
        self,
        table: RawTable,
        layout: HeaderLayout,
        chunk_rows: int,
        aside: SetAsideRows,
        below_the_total: list[InvoiceTotal] | None = None,
    ) -> Iterator[ProductList]:
        """The table's lines chunk by chunk; the total rows below its grand total go to `below_the_total`."""
        body = table.frame.slice(layout.first_data_row)
        plan = plan_reading(table, layout, body.head(chunk_rows), frozenset(aside.left_out), aside.origin)
        builder = LineBuilder(plan)
        watch = TotalsWatch(builder, of_several=below_the_total is not None)
        unweighed = UnweighedLines(plan)
        shared = SharedFigures(table, layout)
        starts = range(0, body.height, chunk_rows)
        with_unit = without_unit = 0
        for start in starts:
            frame = normalise_chunk(body.slice(start, chunk_rows), layout.first_data_row + start, plan)
            written, unwritten = units_written(frame)
            with_unit, without_unit = with_unit + written, without_unit + unwritten
            lines = chunk_lines(frame, builder, watch)
            shared.share(lines)
            unweighed.count(lines)
            chunk = ProductList(lines=lines, currency=plan.currency, columns=layout.headers())
            if start == starts[-1]:
                chunk.totals, held_goods = watch.finish()
                (below_the_total if below_the_total is not None else []).extend(watch.below_the_total)
                chunk.lines.extend(held_goods)
                shared.share(held_goods)
                unweighed.count(held_goods)
                unheaded = unheaded_cells_notes(table, layout, watch.left_out)
                unheaded += other_currency_amount_notes(table, layout, set(watch.left_out))
                sheets = [RowProblem(None, None, note, Severity.WARNING) for note in table.notes]
                chunk.problems = [
                    *sheets,
                    *replacement_note(table, layout),
                    *file_notes(plan, (with_unit, without_unit)),
                    *no_quantity_note(table, layout),
                    *unweighed.problems(),
                    *shared.notes(),
                    *builder.stale_formats.notes(),
                    *builder.amount_notes(),
                    *aside.notes(plan),
                    *watch.problems,
                    *unheaded,
                ]
            yield chunk


def _whole(chunks: Iterator[ProductList]) -> ProductList:
    merged = ProductList(lines=[])
    for chunk in chunks:
        merged.lines.extend(chunk.lines)
        merged.problems.extend(chunk.problems)
        merged.totals, merged.currency, merged.columns = chunk.totals, chunk.currency, chunk.columns | merged.columns
    return merged


def _body_rows(table: RawTable, layout: HeaderLayout) -> int:
    return table.frame.height - layout.first_data_row
