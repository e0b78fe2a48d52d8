"""An Excel 97-2003 .xls workbook's sheets as RawTables, read with calamine (fastexcel), which reads the BIFF format.

Only the cells' values come through: an .xls has no sheet XML for the checks an .xlsx gets (xlsx_table), so its
merged cells are not filled (a title merged over a row is still read, once), hidden rows, columns and sheets are
read as shown, strike-through, currencies shown by a number format, formulas without a saved value and numbers
whose text reads two ways ('12.345') are not noted."""

import fastexcel
import polars as pl

from adapters.reading.limits import ReadingLimits
from adapters.reading.raw_table import RawTable, column_name
from application.ports.reader import UnusableFile


class XlsWorkbook:
    """The same reading face as xlsx_table.Workbook: sheet names, and a sheet's cells as strings by name."""

    def __init__(self, data: bytes, filename: str, limits: ReadingLimits) -> None:
        self._filename, self._limits = filename, limits
        try:
            self._reader = fastexcel.read_excel(data)
        except Exception as error:
            if "book".encode("utf-16-le") not in data.lower():  # no 'Workbook' (BIFF8) nor 'Book' (BIFF5) stream
                raise UnusableFile(
                    f"{filename} is a Microsoft Office file that holds no workbook; send the list as .xlsx, .xls or "
                    ".csv."
                ) from error
            raise UnusableFile(
                f"{filename} is a damaged Excel 97-2003 (.xls) workbook that cannot be opened; open it in Excel and "
                "save it as .xlsx."
            ) from error
        self.sheet_names = list(self._reader.sheet_names)

    def sheet(self, name: str, rows: int | None = None) -> RawTable:
        """The sheet as strings, row i = spreadsheet row i + 1; `rows` limits how many rows are read."""
        try:
            sheet = self._reader.load_sheet(name, header_row=None, dtypes="string", skip_rows=0, n_rows=rows)
            frame = sheet.to_polars()
        except Exception as error:
            raise UnusableFile(f"{self._filename} has a sheet '{name}' that cannot be read.") from error
        if frame.width > self._limits.max_columns:
            raise UnusableFile(
                f"{self._filename}: sheet '{name}' has {frame.width:,} columns; the most a list may have is "
                f"{self._limits.max_columns:,}. Delete the cells right of the list and upload it again."
            )
        columns = sheet.available_columns()
        frame = frame.rename({old: column_name(i) for i, old in enumerate(frame.columns)})
        frame = frame.with_columns(pl.all().cast(pl.String))
        first_column = columns[0].absolute_index if columns else 0
        return RawTable(frame=frame, is_workbook=True, decimal_comma_hint=False, first_column=first_column)
