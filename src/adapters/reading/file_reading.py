"""What every sheet of one file is read with: its name, the columns the broker named, the limits, the chunk size
and how the supplier's commodity codes are read for the declaring country."""

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from adapters.reading.declared_codes import DeclaredCodes
from adapters.reading.invoice_totals import InvoiceTotal
from adapters.reading.limits import ReadingLimits
from adapters.reading.raw_table import RawTable
from adapters.reading.sheet_chunks import sheet_chunks, whole
from adapters.reading.sheet_preparation import PreparedSheet, prepare_sheet
from application.ports.reader import UnusableFile
from domain.goods.product_list import ProductList

TOO_LONG = "the lists are too long to be matched line by line"


@dataclass(frozen=True, slots=True)
class FileReading:
    filename: str
    named_columns: Mapping[str, str]
    limits: ReadingLimits
    chunk_rows: int
    codes: DeclaredCodes

    def prepared(self, table: RawTable) -> PreparedSheet:
        return prepare_sheet(table, self.filename, self.named_columns, self.limits)

    def chunks(self, sheet: PreparedSheet, below_the_total: list[InvoiceTotal] | None = None) -> Iterator[ProductList]:
        return sheet_chunks(sheet, self.chunk_rows, self.codes, below_the_total)

    def packing_list(self, table: RawTable) -> ProductList:
        """A workbook's packing list beside the list sheet, read whole: no longer than one chunk."""
        sheet = self.prepared(table)
        if sheet.body_rows > self.chunk_rows:
            raise UnusableFile(TOO_LONG)
        return whole(self.chunks(sheet))
