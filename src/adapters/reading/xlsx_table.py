"""An .xlsx sheet to a RawTable with calamine (fastexcel), or openpyxl when calamine cannot read it."""

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from functools import partial
from io import BytesIO

import fastexcel
import openpyxl
import polars as pl

from adapters.reading.excel_errors import ErrorCells, with_error_codes
from adapters.reading.hidden_columns import without_hidden_columns
from adapters.reading.limits import ReadingLimits
from adapters.reading.merged_cells import merged_blocks
from adapters.reading.raw_table import RawTable, column_name, string_frame
from adapters.reading.shared_strings import struck_strings
from adapters.reading.sheet_xml import column_letters, hidden_column_spans, hidden_rows, scan_sheet, sheet_extent
from adapters.reading.styled_cells import StyledCells
from adapters.reading.two_way_numbers import reads_two_ways, two_way_number_cells
from adapters.reading.unsaved_formulas import UnsavedFormulaCells
from adapters.reading.workbook_sheets import sheet_tabs
from adapters.reading.workbook_styles import cell_styles
from application.ports.reader import UnusableFile

DEFAULT_LIMITS = ReadingLimits()


class Workbook:
    """One opened workbook; sheets are loaded by name, all cells as strings, row i = spreadsheet row i + 1.
    A sheet whose cells reach past the limits' columns or cells is refused before it is laid out."""

    def __init__(self, data: bytes, filename: str, limits: ReadingLimits = DEFAULT_LIMITS) -> None:
        self._data, self._filename, self._limits = data, filename, limits
        self._checked: set[str] = set()
        self._without_cells = sheet_tabs(data).without_cells  # calamine prints a line to stderr for a chart sheet
        self._calamine: fastexcel.ExcelReader | None
        try:
            self._calamine = fastexcel.read_excel(data)
            self.sheet_names = list(self._calamine.sheet_names)
        except Exception:
            self._calamine = None
            self.sheet_names = self._openpyxl().sheetnames

    def _openpyxl(self) -> openpyxl.Workbook:
        try:
            return openpyxl.load_workbook(BytesIO(self._data), read_only=True, data_only=True)
        except Exception as error:
            raise UnusableFile(f"{self._filename} is a damaged .xlsx workbook that cannot be opened.") from error

    def sheet(self, name: str, rows: int | None = None) -> RawTable:
        """The sheet as strings, its hidden columns blank (see hidden_columns); `rows` limits how many rows are read
        (for probing which sheet is the list)."""
        if name in self._without_cells:
            return RawTable(frame=pl.DataFrame(), is_workbook=True, decimal_comma_hint=False)
        self._check_extent(name)
        table = self._cells(name, rows)
        without_hidden_columns(table, hidden_column_spans(self._data, name))
        return table

    def _cells(self, name: str, rows: int | None) -> RawTable:
        if self._calamine is not None:
            try:
                return self._calamine_sheet(self._calamine, name, rows)
            except Exception:
                self._calamine = None
        return self._openpyxl_sheet(name, rows)

    def _check_extent(self, name: str) -> None:
        """Refuses a sheet whose cells reach further than a list can: the readers lay out every cell up to the
        farthest (one value at XFD1048576 asked for 512 GiB and killed the process). Checked once per sheet."""
        if name in self._checked:
            return
        rows, columns = sheet_extent(self._data, name)
        if rows * columns > self._limits.max_sheet_cells:
            raise UnusableFile(
                f"{self._filename}: sheet '{name}' has cells as far as column {column_letters(columns)} and row "
                f"{rows:,}, {rows:,} rows by {columns:,} columns, more than a list can have. Delete the cells "
                "outside the list (or copy the list to a new workbook) and upload it again."
            )
        if columns > self._limits.max_columns:  # one far cell on a few rows took minutes and gigabytes to lay out
            raise UnusableFile(
                f"{self._filename}: sheet '{name}' has cells as far as column {column_letters(columns)}, "
                f"{columns:,} columns; the most a list may have is {self._limits.max_columns:,}. Delete the cells "
                "right of the list and upload it again."
            )
        self._checked.add(name)

    def _calamine_sheet(self, reader: fastexcel.ExcelReader, name: str, rows: int | None) -> RawTable:
        sheet = reader.load_sheet(name, header_row=None, dtypes="string", skip_rows=0, n_rows=rows)
        columns = sheet.available_columns()
        first_column = columns[0].absolute_index if columns else 0
        frame = sheet.to_polars()
        frame = frame.rename({old: column_name(i) for i, old in enumerate(frame.columns)})
        frame = frame.with_columns(pl.all().cast(pl.String))
        table = RawTable(frame=frame, is_workbook=True, decimal_comma_hint=False, first_column=first_column)
        if rows is None:  # the whole sheet: what calamine's strings lose comes from the sheet's XML
            errors = ErrorCells(first_column)
            self._scan(name, table, errors)
            table.frame = with_error_codes(frame, errors.found)
            table.number_cells = partial(two_way_number_cells, self._data, name, first_column)
        return table

    def _scan(self, name: str, table: RawTable, read_cells: Callable[[bytes], None]) -> None:
        """One pass over the sheet's XML: `read_cells`, and what calamine's strings lose noted in `table` (hidden
        rows, cells struck through or showing a currency by their format, formulas with no saved value, merged
        blocks)."""
        styled = StyledCells(cell_styles(self._data), table.first_column, struck_strings(self._data))
        formulas = UnsavedFormulaCells(table.first_column)

        def read(piece: bytes) -> None:
            read_cells(piece)
            styled(piece)
            formulas(piece)
            table.hidden_rows.extend(hidden_rows(piece))

        table.merges = merged_blocks(scan_sheet(self._data, name, read), table.first_column)
        table.struck_cells, table.format_currencies = styled.struck, styled.currencies
        table.unsaved_formulas = formulas.found

    def _openpyxl_sheet(self, name: str, rows: int | None) -> RawTable:
        book = self._openpyxl()
        numbers: set[tuple[int, int]] = set()
        try:
            cells = [
                [_cell_text(value, numbers, (r, c)) for c, value in enumerate(row)]
                for r, row in enumerate(book[name].iter_rows(min_row=1, min_col=1, max_row=rows, values_only=True))
            ]  # an error cell's value is its code already: '#REF!'
        except Exception as error:
            raise UnusableFile(f"{self._filename} has a sheet '{name}' that cannot be read.") from error
        finally:
            book.close()
        table = RawTable(frame=string_frame(cells), is_workbook=True, decimal_comma_hint=False)
        if rows is None:
            self._scan(name, table, lambda piece: None)
            table.number_cells = lambda columns: {cell for cell in numbers if cell[1] in columns}
        return table


def _cell_text(value: object, numbers: set[tuple[int, int]], position: tuple[int, int]) -> str | None:
    """The cell as text, a number never with an exponent (only a text cell is Excel's rounded form, 1.23457E+11);
    a number whose text reads two ways ('12.345') is noted in `numbers`."""
    if value is None:
        return None
    if isinstance(value, float):
        text = str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{Decimal(repr(value)):f}"
        if reads_two_ways(text):
            numbers.add(position)
        return text
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)
