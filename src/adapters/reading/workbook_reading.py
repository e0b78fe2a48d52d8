"""A workbook whose goods stand on several sheets, read as one list (ADR 0034): each sheet prepared and checked
before the first chunk, a sheet without lines left out and named, packing lists matched to the sheets they list,
and (unless the broker named the sheets) a summary sheet left out."""

from collections.abc import Iterator
from functools import partial

from adapters.reading.file_reading import FileReading
from adapters.reading.invoice_totals import InvoiceTotal
from adapters.reading.several_sheets import EmptySheet, SheetChunks, left_out, one_list, with_packing_lists
from adapters.reading.sheet_preparation import PreparedSheet
from adapters.reading.summary_sheets import without_summaries
from adapters.reading.table_opening import OpenedFile
from application.ports.reader import UnusableFile
from domain.goods.product_list import ProductList


def several_sheets(opened: OpenedFile, reading: FileReading, chosen: bool) -> Iterator[ProductList]:
    """`chosen`: the broker named the sheets."""
    tables = opened.tables
    notes, tables[0].notes = tables[0].notes, []
    if (rows := sum(table.frame.height for table in tables)) > (limit := reading.limits.max_rows):
        raise UnusableFile(
            f"{reading.filename} has {rows:,} rows on its sheets; the most a list may have is {limit:,}."
        )
    sheets = []
    for table in tables:
        try:
            prepared = reading.prepared(table)
        except EmptySheet:
            notes.append(left_out(str(table.sheet)))
            continue
        below_its_total: list[InvoiceTotal] = []
        chunks = reading.chunks(prepared, below_its_total)
        again = partial(_read_again, reading, prepared)
        sheets.append(SheetChunks(str(table.sheet), chunks, prepared.body, below_its_total, again))
    if not sheets:
        raise EmptySheet(f"{reading.filename} has headers but no product lines below them.")
    packing = []
    for table in opened.packing:
        try:
            packing.append((str(table.sheet), reading.packing_list(table)))
        except UnusableFile as unreadable:
            notes.append(f"sheet '{table.sheet}' also holds a list and was not read: {unreadable}")
    if not chosen:
        sheets, summaries = without_summaries(sheets, reading.chunk_rows)
        notes += summaries
    notes += with_packing_lists(sheets, packing, reading.chunk_rows)
    return one_list(sheets, notes, chosen)


def _read_again(reading: FileReading, sheet: PreparedSheet) -> Iterator[ProductList]:
    """The sheet's chunks once more, for its figures alone: its totals below its own go nowhere."""
    return reading.chunks(sheet, [])
