"""The shared strings (xl/sharedStrings.xml) written as rich text every run of which is struck through: a cell
holding one (t="s", its value the string's index) is struck through, as a cell whose font strikes it is. The
part is streamed in blocks, and only the blocks that strike anything are looked into.

The time is linear in the part's size whatever the part holds: each block is searched once for the end of a
string, the unfinished string carried on to the next block is bounded, and the patterns that look into a piece
give up a tag left open at the next '<' (a tag holds none), so no byte is scanned again and again."""

import re
import zipfile
from collections.abc import Iterator
from io import BytesIO
from typing import IO

from adapters.reading.sheet_xml import READ_ERRORS, workbook_part
from adapters.reading.workbook_styles import all_runs_struck

_STRING = re.compile(rb"<(?:\w+:)?si\b[^<>]*?(?:/>|>(.*?)</(?:\w+:)?si>)", re.S)
_STRING_START = re.compile(rb"<(?:\w+:)?si\b")
_THROUGH_LAST_STRING = re.compile(rb".*</(?:\w+:)?si>", re.S)  # backs up from the end: linear
_BLOCK_BYTES = 1024 * 1024
# Excel holds at most 32,767 characters in a cell: each a run of its own in Excel's usual fonts, 4.2 MB of XML.
# A string still open this far after the last one ended is counted, never struck.
_LONGEST_STRING_BYTES = 8 * _BLOCK_BYTES
_TAG_BYTES = 256  # an end tag split between two blocks starts this near the end of the first


def struck_strings(data: bytes) -> frozenset[int]:
    """The indices of the shared strings all of whose runs are struck through; none when the part cannot be read."""
    found: set[int] = set()
    index = 0
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            part = workbook_part(archive, b"sharedStrings", "xl/sharedStrings.xml")
            with archive.open(part) as stream:
                for piece, whole in _string_pieces(stream):
                    if not whole or b"strike" not in piece:
                        index += _strings_in(piece)
                        continue
                    for string in _STRING.finditer(piece):
                        text = string.group(1)
                        if text and b"strike" in text and all_runs_struck(text):
                            found.add(index)
                        index += 1
    except READ_ERRORS:
        return frozenset()
    return frozenset(found)


def _strings_in(piece: bytes) -> int:
    """How many strings start in the piece: no other tag of the part starts with 'si', and text escapes its '<';
    tags with a namespace prefix ('<x:si>') are counted by the slower pattern."""
    return len(_STRING_START.findall(piece)) if b":si" in piece else piece.count(b"<si")


def _string_pieces(stream: IO[bytes]) -> Iterator[tuple[bytes, bool]]:
    """The part in pieces, each with whether the strings starting in it end in it too: a piece is cut after the
    end of a string, or, when no string has ended for _LONGEST_STRING_BYTES, before its last tag (no string's
    start is split, so each is counted once; the next piece starts in the long string, which it never sees)."""
    pending, searched = b"", 0  # no string ends in pending; an end split between blocks starts after `searched`
    while block := stream.read(_BLOCK_BYTES):
        window = pending + block
        cut = _through_last_string(window, searched)
        if cut:
            yield window[:cut], True
        elif len(window) > _LONGEST_STRING_BYTES:
            cut = _before_last_tag(window)
            yield window[:cut], False
        pending = window[cut:]
        searched = max(len(pending) - _TAG_BYTES, 0)
    yield pending, False


def _through_last_string(window: bytes, searched: int) -> int:
    """Where the last string ending in the window after `searched` ends; 0 if none does."""
    end = _THROUGH_LAST_STRING.match(window, searched)
    return end.end() if end is not None else 0


def _before_last_tag(window: bytes) -> int:
    """Where the window's last tag starts, if near its end; else the window's end (a tag is not that long)."""
    tag = window.rfind(b"<", len(window) - _TAG_BYTES)
    return tag if tag > 0 else len(window)
