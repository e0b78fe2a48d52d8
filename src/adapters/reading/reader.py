"""PolarsProductListReader: CSV and XLSX product lists (EN/RU/TK) to product lines, chunk by chunk."""

from collections.abc import Callable, Iterator, Mapping, Sequence

from adapters.reading.declared_codes import DeclaredCodes, no_subheading
from adapters.reading.file_reading import TOO_LONG, FileReading
from adapters.reading.limits import ReadingLimits
from adapters.reading.line_bound import lines_at_most
from adapters.reading.packing_lists import not_combined, with_packing_list
from adapters.reading.sheet_chunks import whole
from adapters.reading.table_opening import open_table
from adapters.reading.workbook_reading import several_sheets
from application.ports.reader import NationalCodes, UnusableFile
from domain.goods.product_list import ProductList


class PolarsProductListReader:
    """Reads with Polars (calamine for .xlsx, openpyxl as a fallback); limits come from `ReadingLimits`.

    `named_columns` (keyword of `read` / `read_chunks`) forces the columns of some fields by their headers;
    `sheets` names the workbook's sheets to read (none: every sheet that holds goods, see list_sheets); `country`
    is the declaring country, whose `national_codes` (from its declaration profile) say how long its national
    tariff lines are: a plain code of that length whose first six digits `is_subheading` (the HS nomenclature)
    is taken for a national line (see declared_codes). Without them, no code is taken for a national line.
    """

    def __init__(
        self,
        limits: ReadingLimits | None = None,
        *,
        is_subheading: Callable[[str], bool] = no_subheading,
        national_codes: Callable[[str], NationalCodes] | None = None,
    ) -> None:
        self._limits = limits or ReadingLimits()
        self._is_subheading, self._national_codes = is_subheading, national_codes

    def read(
        self,
        data: bytes,
        filename: str,
        *,
        named_columns: Mapping[str, str] | None = None,
        sheets: Sequence[str] = (),
        country: str | None = None,
    ) -> ProductList:
        return whole(self.read_chunks(data, filename, named_columns=named_columns, sheets=sheets, country=country))

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
        country: str | None = None,
    ) -> Iterator[ProductList]:
        """Opens and checks the whole file before returning, so UnusableFile never interrupts the chunks."""
        if chunk_rows < 1:
            raise ValueError("chunk_rows must be at least 1")
        named = named_columns or {}
        reading = FileReading(filename, named, self._limits, chunk_rows, self._codes(country))
        opened = open_table(data, filename, self._limits, named, sheets)
        if len(opened.tables) > 1:
            return several_sheets(opened, reading, bool(sheets))
        sheet = reading.prepared(opened.tables[0])
        chunks = reading.chunks(sheet)
        if not opened.packing:
            return chunks
        table = sheet.table
        pair = (str(table.sheet), str(opened.packing[0].sheet))
        if sheet.body_rows > chunk_rows:
            table.notes.append(not_combined(pair, TOO_LONG))
            return chunks
        try:
            packing = reading.packing_list(opened.packing[0])
        except UnusableFile as unreadable:
            table.notes.append(not_combined(pair, str(unreadable)))
            return chunks
        return iter([with_packing_list(next(chunks), packing, pair)])

    def _codes(self, country: str | None) -> DeclaredCodes:
        """How the list's codes are read for `country`; a country without a declaration profile has no national
        lines to take a code for."""
        if country is None or self._national_codes is None:
            return DeclaredCodes(None, self._is_subheading)
        try:
            return DeclaredCodes(self._national_codes(country), self._is_subheading)
        except LookupError:
            return DeclaredCodes(None, self._is_subheading)
