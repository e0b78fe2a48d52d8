"""Bytes to RawTables: size and kind checked first, then the CSV decoded or the workbook's list sheets chosen,
and control characters removed from the cells."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from adapters.reading.control_characters import without_control_characters
from adapters.reading.csv_table import read_csv_table
from adapters.reading.file_kind import file_kind
from adapters.reading.limits import ReadingLimits, sizes_apart
from adapters.reading.list_sheets import list_sheets
from adapters.reading.raw_table import RawTable
from adapters.reading.sheet_names import quoted_names
from adapters.reading.text_decoding import decode_text
from adapters.reading.workbooks import AnyWorkbook, open_workbook
from application.pipeline.file_signs import FileKind
from application.ports.reader import UnusableFile

_BLANK_BYTES = b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"


@dataclass(frozen=True, slots=True)
class OpenedFile:
    tables: list[RawTable]  # the list: the CSV, or the workbook's sheets of goods, in the workbook's order
    packing: list[RawTable] = field(default_factory=list)  # a workbook's packing lists (see list_sheets)


def open_table(
    data: bytes, filename: str, limits: ReadingLimits, named_columns: Mapping[str, str], sheets: Sequence[str] = ()
) -> OpenedFile:
    """Raises UnusableFile naming the file when it is empty, too large, or not a CSV, XLSX or XLS list; `sheets`: the
    workbook's sheets to read, as the broker named them (none: the sheets that hold goods)."""
    if not data.strip(_BLANK_BYTES):
        raise UnusableFile(f"{filename} is empty.")
    if len(data) > limits.max_bytes:
        size, limit = sizes_apart(len(data), limits.max_bytes)
        raise UnusableFile(f"{filename} is {size}; the largest list accepted is {limit}.")
    kind = file_kind(data, filename)
    if kind is not FileKind.CSV:
        workbook = open_workbook(data, filename, kind, limits)
        found = list_sheets(workbook, data, filename, named_columns, limits.max_searched_sheets, sheets)
        tables = [_named(workbook, name) for name in found.read]
        tables[0].notes = found.notes
        packing = [sheet for name in found.packing if (sheet := _packing_sheet(workbook, name, tables[0]))]
    elif sheets:
        raise UnusableFile(f"{filename} is a CSV file, which has no sheets; {quoted_names(sheets)} cannot be read.")
    else:
        tables, packing = [read_csv_table(decode_text(data, filename), filename, limits.max_columns)], []
    for table in tables:
        if table.frame.is_empty() or table.frame.width == 0:
            raise UnusableFile(f"{filename} is empty{_of_sheet(table)}.")
    return OpenedFile(
        [without_control_characters(table) for table in tables],
        [without_control_characters(sheet) for sheet in packing],
    )


def _named(workbook: AnyWorkbook, name: str) -> RawTable:
    """The sheet, which places name when the workbook has several (or when it has no cells, to say so)."""
    table = workbook.sheet(name)
    table.sheet = name if len(workbook.sheet_names) > 1 or table.frame.is_empty() else None
    return table


def _packing_sheet(workbook: AnyWorkbook, name: str, table: RawTable) -> RawTable | None:
    """A packing list beside the sheets of goods; a note on the first of them when it cannot be read."""
    try:
        packing = workbook.sheet(name)
    except UnusableFile as unusable:
        table.notes.append(f"sheet '{name}' also holds a list and was not read: {unusable}")
        return None
    packing.sheet = name
    return packing


def _of_sheet(table: RawTable) -> str:
    """Which sheet was read and found without cells (a chart sheet, say): ': sheet 'Chart' has no cells'."""
    return f": sheet '{table.sheet}' has no cells" if table.is_workbook and table.sheet else ""
