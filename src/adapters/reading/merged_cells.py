"""Merged cell blocks of a worksheet, read from its XML (calamine keeps only each block's top-left value)."""

import re
import zipfile
from io import BytesIO
from posixpath import join, normpath

from adapters.reading.raw_table import CellRange

_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*?\bname=\"([^\"]*)\"[^>]*?\br:id=\"([^\"]*)\"", re.S)
_SHEET_ID_FIRST = re.compile(rb"<(?:\w+:)?sheet\b[^>]*?\br:id=\"([^\"]*)\"[^>]*?\bname=\"([^\"]*)\"", re.S)
_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*?>", re.S)
_ATTRIBUTE = re.compile(rb"(\w+)=\"([^\"]*)\"")
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?ref=\"([A-Z]+)(\d+):([A-Z]+)(\d+)\"")
_END_OF_DATA = re.compile(rb"</(?:\w+:)?sheetData>|<(?:\w+:)?sheetData\s*/>")
_BLOCK_BYTES = 1024 * 1024
_MAX_MERGES = 100_000


def _column_index(letters: bytes) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + letter - 64
    return index - 1


def _sheet_part(archive: zipfile.ZipFile, sheet_name: str) -> str | None:
    workbook = archive.read("xl/workbook.xml")
    targets = {}
    for tag in _RELATIONSHIP.findall(archive.read("xl/_rels/workbook.xml.rels")):
        attributes = dict(_ATTRIBUTE.findall(tag))
        targets[attributes.get(b"Id", b"")] = attributes.get(b"Target", b"").decode()
    pairs = [(n, r) for n, r in _SHEET.findall(workbook)] + [(n, r) for r, n in _SHEET_ID_FIRST.findall(workbook)]
    for name, relationship in pairs:
        if name.decode("utf-8", "replace") == sheet_name and relationship in targets:
            target = targets[relationship]
            return target.lstrip("/") if target.startswith("/") else normpath(join("xl", target))
    return None


def _tail_after_sheet_data(archive: zipfile.ZipFile, part: str) -> bytes:
    """The XML after the cell data, where <mergeCells> lives, read in blocks so the sheet is never held whole."""
    tail, found = b"", False
    with archive.open(part) as stream:
        while block := stream.read(_BLOCK_BYTES):
            if found:
                tail += block
                continue
            window = tail + block
            end = _END_OF_DATA.search(window)
            found, tail = (True, window[end.end() :]) if end else (False, window[-64:])
    return tail if found else b""


def merged_blocks(data: bytes, sheet_name: str, first_column: int) -> list[CellRange]:
    """Merged blocks of the named sheet in frame positions (row i = spreadsheet row i + 1)."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            part = _sheet_part(archive, sheet_name)
            if part is None:
                return []
            tail = _tail_after_sheet_data(archive, part)
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError):
        return []
    return [
        CellRange(
            first_row=int(r1) - 1,
            first_column=_column_index(c1) - first_column,
            last_row=int(r2) - 1,
            last_column=_column_index(c2) - first_column,
        )
        for c1, r1, c2, r2 in _MERGE.findall(tail)[:_MAX_MERGES]
    ]
