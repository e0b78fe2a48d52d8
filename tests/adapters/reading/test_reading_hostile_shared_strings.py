"""Shared strings written to be slow to read (text compressing no better than 3 times, so past the zip-bomb
guard) are read in one pass: each byte of the part is searched once for the end of a string, the unfinished
string carried from block to block is bounded, and the patterns give up an unclosed tag at the next one."""

import io
import random
import string
import zipfile
from collections.abc import Callable

import pytest

from adapters.reading import shared_strings
from adapters.reading.shared_strings import struck_strings

MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRUCK = b"<si><r><rPr><strike/></rPr><t>cancelled</t></r></si>"
PLAIN = b"<si><t>Steel bolt M8</t></si>"
BLOCK = 4096


def _workbook(strings: bytes) -> bytes:
    saved = io.BytesIO()
    with zipfile.ZipFile(saved, "w", zipfile.ZIP_DEFLATED) as workbook:
        workbook.writestr("xl/_rels/workbook.xml.rels", b"<Relationships></Relationships>")
        workbook.writestr("xl/sharedStrings.xml", b'<sst xmlns="' + MAIN + b'">' + strings + b"</sst>")
    return saved.getvalue()


def _repeated(unit: bytes, size: int) -> bytes:
    """`unit` and two random letters, over and over, to about `size` bytes."""
    rng, letters = random.Random(7), string.ascii_letters.encode()
    return b"".join(unit + bytes(rng.choices(letters, k=2)) for _ in range(size // (len(unit) + 2)))


def _searches(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """(window length, bytes searched) for each search for the end of a string, in blocks of BLOCK bytes."""
    searches: list[tuple[int, int]] = []
    search: Callable[[bytes, int], int] = shared_strings._through_last_string

    def noted(window: bytes, searched: int) -> int:
        searches.append((len(window), len(window) - searched))
        return search(window, searched)

    monkeypatch.setattr(shared_strings, "_BLOCK_BYTES", BLOCK)
    monkeypatch.setattr(shared_strings, "_through_last_string", noted)
    return searches


def test_a_string_full_of_si_ends_is_searched_once_block_by_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """'si>' is the end of a string but for its '</': over and over in a string's text, it once sent each block
    back to the string's start once per 'si>', and each block searched the unfinished string again."""
    searches = _searches(monkeypatch)
    strings = PLAIN * 50 + b"<si><t>" + _repeated(b"si>", 300_000) + b"</t></si>" + STRUCK + PLAIN * 50
    assert struck_strings(_workbook(strings)) == {51}
    assert len(searches) > 70
    assert sum(searched for _, searched in searches) <= len(strings) + len(searches) * shared_strings._TAG_BYTES


def test_a_string_longer_than_excel_writes_is_counted_but_not_struck(monkeypatch: pytest.MonkeyPatch) -> None:
    long_struck = b"<si><r><rPr><strike/></rPr><t>" + _repeated(b"si>", 300_000) + b"</t></r></si>"
    strings = STRUCK + long_struck + PLAIN + STRUCK
    assert struck_strings(_workbook(strings)) == {0, 1, 3}
    searches = _searches(monkeypatch)
    monkeypatch.setattr(shared_strings, "_LONGEST_STRING_BYTES", 65_536)
    assert struck_strings(_workbook(strings)) == {0, 3}
    assert max(window for window, _ in searches) <= 65_536 + BLOCK


@pytest.mark.parametrize(
    ("strings", "struck_at"),
    [
        (b"<si>" + _repeated(b"<r>", 150_000) + b"<strike/></si>" + STRUCK, {1}),  # runs never closed
        (b"<si><r>" + _repeated(b"<strike ", 150_000) + b"</r></si>" + STRUCK, {1}),  # strike tags never closed
        (STRUCK + _repeated(b"<si ", 150_000) + b"strike</si>", {0}),  # string tags never closed
        (STRUCK + _repeated(b"<si>", 150_000) + b"strike", {0}),  # strings never ended, to the part's end
    ],
    ids=["runs", "strike tags", "string tags", "strings"],
)
def test_tags_left_open_over_and_over_are_given_up_at_the_next_tag(strings: bytes, struck_at: set[int]) -> None:
    """Each of these once searched the rest of the part for every tag left open: 15 to 35 s for 150 KB."""
    assert struck_strings(_workbook(strings)) == struck_at
