"""A worksheet's XML, streamed in blocks so a large sheet is never held whole: calamine's strings lose what some
cells are (the merged blocks after the cell data, a cell that is an Excel error, a cell that is a number)."""

import re
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from io import BytesIO
from operator import itemgetter
from posixpath import join, normpath
from typing import IO
from xml.sax.saxutils import unescape

_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*?\bname=\"([^\"]*)\"[^>]*?\br:id=\"([^\"]*)\"", re.S)
_SHEET_ID_FIRST = re.compile(rb"<(?:\w+:)?sheet\b[^>]*?\br:id=\"([^\"]*)\"[^>]*?\bname=\"([^\"]*)\"", re.S)
_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*?>", re.S)
_ATTRIBUTE = re.compile(rb"(\w+)=\"([^\"]*)\"")
_START_OF_DATA = re.compile(rb"<(?:\w+:)?sheetData\b")
_END_OF_DATA = re.compile(rb"</(?:\w+:)?sheetData>|<(?:\w+:)?sheetData\s*/>")
REFERENCE = re.compile(rb"\br=\"([A-Z]{1,3})(\d{1,7})\"")
_TYPE = re.compile(rb"\bt=\"(\w+)\"")
# a cell with a value, an inline string or a formula in it; a self-closing or empty one holds a format only
_FILLED_CELL = re.compile(rb"<(?:\w+:)?c\b[^>/]*?\br=\"([A-Z]{1,3})(\d{1,7})\"[^>/]*>\s*<(?:\w+:)?(?:v|is|f)\b")
_ROW_NUMBER = re.compile(rb"<(?:\w+:)?row\b[^>]*?\br=\"(\d{1,7})\"")
_BLOCK_BYTES = 1024 * 1024
READ_ERRORS = (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError)


def sheet_title(written: bytes) -> str:
    """A sheet's name as workbook.xml writes it, unescaped ("Goods &amp; Prices" is "Goods & Prices")."""
    return unescape(written.decode("utf-8", "replace"), {"&quot;": '"', "&apos;": "'"})


def _relationships(archive: zipfile.ZipFile) -> list[dict[bytes, bytes]]:
    """The attributes of each of the workbook's relationships (Id, Type, Target)."""
    return [dict(_ATTRIBUTE.findall(tag)) for tag in _RELATIONSHIP.findall(archive.read("xl/_rels/workbook.xml.rels"))]


def _part_name(target: bytes) -> str:
    written = target.decode("utf-8", "replace")
    return written.lstrip("/") if written.startswith("/") else normpath(join("xl", written))


def workbook_part(archive: zipfile.ZipFile, kind: bytes, default: str) -> str:
    """The part the workbook's relationships name for a kind of content (b"styles", b"sharedStrings")."""
    for attributes in _relationships(archive):
        if attributes.get(b"Type", b"").endswith(b"/" + kind) and b"Target" in attributes:
            return _part_name(attributes[b"Target"])
    return default


def sheet_relationships(archive: zipfile.ZipFile) -> Iterator[tuple[str, dict[bytes, bytes]]]:
    """Each sheet workbook.xml lists, by name, with the attributes of its relationship (Type, Target)."""
    workbook = archive.read("xl/workbook.xml")
    by_id = {attributes.get(b"Id", b""): attributes for attributes in _relationships(archive)}
    pairs = [(n, r) for n, r in _SHEET.findall(workbook)] + [(n, r) for r, n in _SHEET_ID_FIRST.findall(workbook)]
    for name, relationship in pairs:
        if relationship in by_id:
            yield sheet_title(name), by_id[relationship]


def _sheet_part(archive: zipfile.ZipFile, sheet_name: str) -> str | None:
    for name, attributes in sheet_relationships(archive):
        if name == sheet_name:
            return _part_name(attributes.get(b"Target", b""))
    return None


@contextmanager
def _sheet_stream(data: bytes, sheet_name: str) -> Iterator[IO[bytes] | None]:
    with zipfile.ZipFile(BytesIO(data)) as archive:
        part = _sheet_part(archive, sheet_name)
        if part is None:
            yield None
            return
        with archive.open(part) as stream:
            yield stream


def _cell_data_pieces(stream: IO[bytes], tail: list[bytes]) -> Iterator[bytes]:
    """The cell data cut after a row tag, so no cell is split; what follows the cell data goes to `tail`."""
    pending = b""
    while block := stream.read(_BLOCK_BYTES):
        window = pending + block
        end = _END_OF_DATA.search(window)
        if end is not None:
            yield window[: end.start()]
            tail.append(window[end.end() :] + stream.read())
            return
        cut = window.rfind(b"row>") + len(b"row>") if b"row>" in window else 0
        yield window[:cut]
        pending = window[cut:]


def scan_sheet(data: bytes, sheet_name: str, read_cells: Callable[[bytes], None]) -> bytes:
    """Hands the cell data to `read_cells` piece by piece (a piece is dropped once read, so keep only what you
    take from it); returns the XML after the cell data, b"" when the sheet cannot be read."""
    tail: list[bytes] = []
    try:
        with _sheet_stream(data, sheet_name) as stream:
            if stream is None:
                return b""
            for piece in _cell_data_pieces(stream, tail):
                read_cells(piece)
    except READ_ERRORS:
        return b""
    return tail[0] if tail else b""


def sheet_extent(data: bytes, sheet_name: str) -> tuple[int, int]:
    """(rows, columns) the sheet's cells with content reach; a cell written empty with a format only
    (`<c r="XFD7000" s="1"/>`) and empty rows do not count, as the readers skip them too. None: unreadable."""
    rows = columns = 0

    def reach(piece: bytes) -> None:
        nonlocal rows, columns
        found = _FILLED_CELL.findall(piece)
        if found:
            farthest_row = max(map(int, map(itemgetter(1), found)))
            farthest_column = max(map(column_index, set(map(itemgetter(0), found)))) + 1
            rows, columns = max(rows, farthest_row), max(columns, farthest_column)

    scan_sheet(data, sheet_name, reach)
    return rows, columns


_HIDDEN_ROW = re.compile(rb"<(?:\w+:)?row\b[^>]*?\b(?:hidden=\"(?:1|true)\"|ht=\"0(?:\.0*)?\")[^>]*>", re.S)
_COLUMN_WIDTHS = re.compile(rb"<(?:\w+:)?col\b[^>]*>", re.S)


def hidden_rows(piece: bytes) -> list[int]:
    """0-based numbers of the rows a piece of cell data hides (hidden by hand or by a filter, or 0 high)."""
    return [int(number.group(1)) - 1 for tag in _HIDDEN_ROW.findall(piece) if (number := _ROW_NUMBER.search(tag))]


def hidden_column_spans(data: bytes, sheet_name: str) -> list[tuple[int, int]]:
    """0-based first and last sheet column of each span the sheet hides (by hand, or 0 wide), from the column
    widths written before the cell data: the cells are not read."""
    try:
        with _sheet_stream(data, sheet_name) as stream:
            widths = b"" if stream is None else _before_cell_data(stream)
    except READ_ERRORS:
        return []
    spans = []
    for tag in _COLUMN_WIDTHS.findall(widths):
        attributes = dict(_ATTRIBUTE.findall(tag))
        first, last = attributes.get(b"min", b""), attributes.get(b"max", b"")
        if _is_hidden_column(attributes) and first.isdigit():
            spans.append((int(first) - 1, int(last if last.isdigit() else first) - 1))
    return spans


def _before_cell_data(stream: IO[bytes]) -> bytes:
    """The sheet's XML up to its cell data (all of it when it has none)."""
    read = b""
    while block := stream.read(_BLOCK_BYTES):
        read += block
        start = _START_OF_DATA.search(read, max(0, len(read) - len(block) - 64))  # a tag cut by the block's start
        if start is not None:
            return read[: start.start()]
    return read


def _is_hidden_column(attributes: dict[bytes, bytes]) -> bool:
    if attributes.get(b"hidden") in (b"1", b"true"):
        return True
    try:
        return float(attributes.get(b"width", b"")) == 0
    except ValueError:
        return False


def column_letters(number: int) -> str:
    """1 -> 'A', 26 -> 'Z', 27 -> 'AA', 16384 -> 'XFD'."""
    letters = ""
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def column_index(letters: bytes) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + letter - 64
    return index - 1


def cell_position(tag: bytes, first_column: int) -> tuple[int, int] | None:
    """(frame row, frame column) of a cell tag's 'r' reference; None for a cell written without one."""
    reference = REFERENCE.search(tag)
    if reference is None:
        return None
    return int(reference.group(2)) - 1, column_index(reference.group(1)) - first_column


def cell_type(tag: bytes) -> bytes:
    """The cell's 't' attribute: b"n" (number, also when absent), b"s", b"str", b"inlineStr", b"e", b"b", b"d"."""
    written = _TYPE.search(tag)
    return written.group(1) if written is not None else b"n"
