"""Bytes to a RawTable: size and kind checked first, then the CSV decoded or the workbook's list sheet chosen,
and control characters removed from the cells."""

from adapters.reading.control_characters import without_control_characters
from adapters.reading.csv_table import read_csv_table
from adapters.reading.file_kind import FileKind, file_kind
from adapters.reading.header_detection import HEADER_SEARCH_ROWS, detect_header
from adapters.reading.limits import ReadingLimits, readable_size
from adapters.reading.raw_table import RawTable
from adapters.reading.text_decoding import decode_text
from adapters.reading.xlsx_table import Workbook
from adapters.reading.zip_guard import check_workbook_zip
from application.ports.reader import UnusableFile

_BLANK_BYTES = b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"


def _list_sheet(workbook: Workbook, filename: str, description_column: str | None, searched: int) -> str:
    """The sheet whose header best names the fields among the first `searched`; the first sheet when none has
    a header."""
    names = workbook.sheet_names
    if len(names) == 1:
        return names[0]
    scored = []
    for name in names[:searched]:
        head = workbook.sheet(name, rows=HEADER_SEARCH_ROWS).head(HEADER_SEARCH_ROWS)
        try:
            scored.append((detect_header(head, filename, description_column).score, name))
        except UnusableFile:
            continue
    return max(scored, key=lambda pair: pair[0])[1] if scored else names[0]


def open_table(data: bytes, filename: str, limits: ReadingLimits, description_column: str | None) -> RawTable:
    """Raises UnusableFile naming the file when it is empty, too large, or not a CSV or XLSX list."""
    if not data.strip(_BLANK_BYTES):
        raise UnusableFile(f"{filename} is empty.")
    if len(data) > limits.max_bytes:
        raise UnusableFile(
            f"{filename} is {readable_size(len(data))}; the largest list accepted is {readable_size(limits.max_bytes)}."
        )
    if file_kind(data, filename) is FileKind.XLSX:
        check_workbook_zip(data, filename, limits)
        workbook = Workbook(data, filename)
        if not workbook.sheet_names:
            raise UnusableFile(f"{filename} is a workbook without sheets.")
        table = workbook.sheet(_list_sheet(workbook, filename, description_column, limits.max_searched_sheets))
    else:
        table = read_csv_table(decode_text(data, filename))
    if table.frame.is_empty() or table.frame.width == 0:
        raise UnusableFile(f"{filename} is empty.")
    return without_control_characters(table)
