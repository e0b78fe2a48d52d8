"""The shared strings (xl/sharedStrings.xml) written as rich text every run of which is struck through: a cell
holding one (t="s", its value the string's index) is struck through, as a cell whose font strikes it is. The
part is streamed in blocks, and only the blocks that strike anything are looked into."""

import re
import zipfile
from collections.abc import Iterator
from io import BytesIO
from typing import IO

from adapters.reading.sheet_xml import READ_ERRORS, workbook_part
from adapters.reading.workbook_styles import all_runs_struck

_STRING = re.compile(rb"<(?:\w+:)?si\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?si>)", re.S)
_STRING_START = re.compile(rb"<(?:\w+:)?si\b")
_STRING_END = re.compile(rb"</(?:\w+:)?si>")
_BLOCK_BYTES = 1024 * 1024


def struck_strings(data: bytes) -> frozenset[int]:
    """The indices of the shared strings all of whose runs are struck through; none when the part cannot be read."""
    found: set[int] = set()
    index = 0
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            part = workbook_part(archive, b"sharedStrings", "xl/sharedStrings.xml")
            with archive.open(part) as stream:
                for piece in _whole_strings(stream):
                    if b"strike" not in piece:
                        index += _strings_in(piece)
                        continue
                    for string in _STRING.finditer(piece):
                        if all_runs_struck(string.group(1) or b""):
                            found.add(index)
                        index += 1
    except READ_ERRORS:
        return frozenset()
    return frozenset(found)


def _strings_in(piece: bytes) -> int:
    """How many strings start in the piece: no other tag of the part starts with 'si', and text escapes its '<';
    tags with a namespace prefix ('<x:si>') are counted by the slower pattern."""
    return len(_STRING_START.findall(piece)) if b":si" in piece else piece.count(b"<si")


def _whole_strings(stream: IO[bytes]) -> Iterator[bytes]:
    """The part in pieces cut after the end of a string, so that no string is split."""
    pending = b""
    while block := stream.read(_BLOCK_BYTES):
        window = pending + block
        cut = _after_last_string(window)
        yield window[:cut]
        pending = window[cut:]
    yield pending


def _after_last_string(window: bytes) -> int:
    at = window.rfind(b"si>")
    while at > 0:
        end = _STRING_END.match(window, window.rfind(b"<", 0, at))
        if end is not None and end.end() == at + len(b"si>"):
            return end.end()
        at = window.rfind(b"si>", 0, at)
    return 0
