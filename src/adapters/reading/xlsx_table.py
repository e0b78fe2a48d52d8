"""An .xlsx sheet to a RawTable with calamine (fastexcel), or openpyxl when calamine cannot read it."""

import datetime as dt
from io import BytesIO

import fastexcel
import openpyxl
import polars as pl

from adapters.reading.merged_cells import merged_blocks
from adapters.reading.raw_table import RawTable, column_name, string_frame
from application.ports.reader import UnusableFile


class Workbook:
    """One opened workbook; sheets are loaded by name, all cells as strings, row i = spreadsheet row i + 1."""

    def __init__(self, data: bytes, filename: str) -> None:
        self._data, self._filename = data, filename
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
        """The sheet as strings; `rows` limits how many rows are read (for probing which sheet is the list)."""
        if self._calamine is not None:
            try:
                return self._calamine_sheet(self._calamine, name, rows)
            except Exception:
                self._calamine = None
        return self._openpyxl_sheet(name, rows)

    def _calamine_sheet(self, reader: fastexcel.ExcelReader, name: str, rows: int | None) -> RawTable:
        sheet = reader.load_sheet(name, header_row=None, dtypes="string", skip_rows=0, n_rows=rows)
        columns = sheet.available_columns()
        first_column = columns[0].absolute_index if columns else 0
        frame = sheet.to_polars()
        frame = frame.rename({old: column_name(i) for i, old in enumerate(frame.columns)})
        frame = frame.with_columns(pl.all().cast(pl.String))
        merges = merged_blocks(self._data, name, first_column) if rows is None else []
        return RawTable(frame=frame, is_workbook=True, decimal_comma_hint=False, merges=merges)

    def _openpyxl_sheet(self, name: str, rows: int | None) -> RawTable:
        book = self._openpyxl()
        try:
            cells = [
                [_cell_text(value) for value in row]
                for row in book[name].iter_rows(min_row=1, min_col=1, max_row=rows, values_only=True)
            ]
        except Exception as error:
            raise UnusableFile(f"{self._filename} has a sheet '{name}' that cannot be read.") from error
        finally:
            book.close()
        merges = merged_blocks(self._data, name, 0) if rows is None else []
        return RawTable(frame=string_frame(cells), is_workbook=True, decimal_comma_hint=False, merges=merges)


def _cell_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)
