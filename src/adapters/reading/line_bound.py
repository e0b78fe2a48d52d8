"""The most goods lines a file can hold, told without reading it as a list: a balance that covers this many is not
short, so an upload need not be read twice (once for the credit check, once by the job)."""

import re
import zipfile
from io import BytesIO

from adapters.reading.file_kind import file_kind
from adapters.reading.limits import ReadingLimits
from adapters.reading.sheet_xml import READ_ERRORS, scan_sheet, sheet_relationships
from adapters.reading.zip_guard import check_workbook_zip
from application.pipeline.file_signs import FileKind
from application.ports.reader import UnusableFile

_ROW = re.compile(rb"<(?:\w+:)?row\b")


def _worksheets(data: bytes) -> list[str]:
    with zipfile.ZipFile(BytesIO(data)) as archive:
        return [name for name, kind in sheet_relationships(archive) if kind.get(b"Type", b"").endswith(b"/worksheet")]


def _rows(data: bytes, sheet: str) -> int:
    """The sheet's row elements: a line is read from one row, and a row is written as one element at most."""
    found = 0

    def count(piece: bytes) -> None:
        nonlocal found
        found += len(_ROW.findall(piece))

    scan_sheet(data, sheet, count)
    return found


def lines_at_most(data: bytes, filename: str, limits: ReadingLimits) -> int | None:
    """A CSV's line breaks (plus one); the rows of all a workbook's worksheets, as the goods of several sheets are
    read as one list (ADR 0034). None when that cannot be told: a file the reader refuses, or a workbook whose
    sheets show no rows where it looks."""
    try:
        if file_kind(data, filename) is FileKind.CSV:
            return max(data.count(b"\n"), data.count(b"\r")) + 1
        check_workbook_zip(data, filename, limits)  # a bomb is not unpacked to count it
        sheets = _worksheets(data)
    except (UnusableFile, *READ_ERRORS):
        return None
    return sum(_rows(data, sheet) for sheet in sheets) or None
