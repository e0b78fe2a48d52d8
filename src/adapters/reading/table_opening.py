"""Bytes to a RawTable: size and kind checked first, then the CSV decoded or the workbook's list sheet chosen,
and control characters removed from the cells."""

from collections.abc import Mapping

from adapters.reading.control_characters import without_control_characters
from adapters.reading.csv_table import read_csv_table
from adapters.reading.file_kind import FileKind, file_kind
from adapters.reading.header_detection import HEADER_SEARCH_ROWS, detect_header
from adapters.reading.limits import ReadingLimits, readable_size
from adapters.reading.raw_table import RawTable
from adapters.reading.text_decoding import decode_text
from adapters.reading.workbook_sheets import sheet_tabs
from adapters.reading.xlsx_table import Workbook
from adapters.reading.zip_guard import check_workbook_zip
from application.ports.reader import UnusableFile

_BLANK_BYTES = b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"


def _list_sheet(
    workbook: Workbook, data: bytes, filename: str, named_columns: Mapping[str, str], searched: int
) -> tuple[str, list[str]]:
    """The visible sheet whose header best names the fields among the first `searched` (the one the workbook
    opens on when several do as well); the first visible sheet when none has a header. Also notes on the other
    sheets that hold a list, which are not read."""
    names = workbook.sheet_names
    if len(names) == 1:
        return names[0], []
    tabs = sheet_tabs(data)
    visible = [name for name in names if name not in tabs.hidden] or names
    scored = []
    for name in names[:searched]:
        try:
            head = workbook.sheet(name, rows=HEADER_SEARCH_ROWS).head(HEADER_SEARCH_ROWS)
            scored.append((detect_header(head, filename, named_columns).score, name == tabs.active, name))
        except UnusableFile:
            continue
    shown = [entry for entry in scored if entry[2] in visible]
    if not shown and scored:
        hidden = ", ".join(f"'{name}'" for _, _, name in scored)
        raise UnusableFile(
            f"{filename} holds its list only on hidden sheet(s) {hidden}, and no visible sheet has one; unhide the "
            "sheet in Excel (right-click a sheet tab, Unhide) if it is the list to declare, and upload it again."
        )
    if not shown:
        return visible[0], []
    chosen = max(shown, key=lambda entry: entry[:2])[2]
    notes = [
        f"{'hidden ' if name in tabs.hidden else ''}sheet '{name}' also holds a list and was not read (one sheet "
        f"is read: '{chosen}'); put every line on one sheet, or upload that sheet as a file of its own"
        for _, _, name in scored
        if name != chosen
    ]
    return chosen, notes


def open_table(data: bytes, filename: str, limits: ReadingLimits, named_columns: Mapping[str, str]) -> RawTable:
    """Raises UnusableFile naming the file when it is empty, too large, or not a CSV or XLSX list."""
    if not data.strip(_BLANK_BYTES):
        raise UnusableFile(f"{filename} is empty.")
    if len(data) > limits.max_bytes:
        raise UnusableFile(
            f"{filename} is {readable_size(len(data))}; the largest list accepted is {readable_size(limits.max_bytes)}."
        )
    if file_kind(data, filename) is FileKind.XLSX:
        check_workbook_zip(data, filename, limits)
        workbook = Workbook(data, filename, limits.max_columns)
        if not workbook.sheet_names:
            raise UnusableFile(f"{filename} is a workbook without sheets.")
        name, notes = _list_sheet(workbook, data, filename, named_columns, limits.max_searched_sheets)
        table = workbook.sheet(name)
        table.notes = notes
        table.sheet = name if len(workbook.sheet_names) > 1 or table.frame.is_empty() else None
    else:
        table = read_csv_table(decode_text(data, filename), filename, limits.max_columns)
    if table.frame.is_empty() or table.frame.width == 0:
        raise UnusableFile(f"{filename} is empty{_of_sheet(table)}.")
    return without_control_characters(table)


def _of_sheet(table: RawTable) -> str:
    """Which sheet was read and found without cells (a chart sheet, say): ': sheet 'Chart' has no cells'."""
    return f": sheet '{table.sheet}' has no cells" if table.is_workbook and table.sheet else ""
