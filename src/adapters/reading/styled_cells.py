"""The cells whose style says what their text does not: struck through (a cancelled line), or showing a
currency by their number format. Collected piece by piece of a sheet's cell data, on the pass over the sheet's
XML that also reads its error cells, hidden rows and merged blocks."""

import re
from functools import lru_cache

from adapters.reading.rich_text_cells import struck_rich_text_cells
from adapters.reading.row_runs import RowRuns
from adapters.reading.sheet_xml import REFERENCE, cell_type, column_index
from adapters.reading.workbook_styles import CellStyles

STRUCK = "struck"
# a piece's cells are found by patterns naming the marked styles, which skip every other cell without Python;
# each name slows them, so past this many only the marked styles the piece uses are named, and past this many of
# those the patterns take any style, looked up per cell (20,000 styles named: 200,000 rows in 400 s, not 7 s)
_MOST_NAMED_STYLES = 64
_MOST_NAMED_STRINGS = 64  # struck-through shared strings named in the pattern of their cells, as for the styles
_USED_STYLE = re.compile(rb"s=\"(\d+)\"")  # a cell's style; other attributes ending in 's' only add a name
_STYLE = re.compile(rb"\bs=\"(\d+)\"")
Cell = tuple[bytes, bytes, bytes, bytes, bytes]  # column letters, row number, style, type, b"/" when empty


class StyledCells:
    """`struck` and `currencies`: frame column -> the rows whose cell is struck through, or whose number shows a
    currency by its format. A cell written as rich text, inline or as one of the `struck_strings` (the shared
    strings each run of which is struck through), is struck through when each of its runs is."""

    def __init__(self, styles: CellStyles, first_column: int, struck_strings: frozenset[int] = frozenset()) -> None:
        self.struck: dict[int, RowRuns] = {}
        self.currencies: dict[int, RowRuns] = {}
        self._first_column, self._columns = first_column, dict[bytes, int]()
        self._marks = {
            str(style).encode(): (style in styles.struck, styles.currencies.get(style))
            for style in styles.struck | styles.currencies.keys()
        }
        self._marked = frozenset(self._marks)
        self._struck_strings = struck_strings
        self._struck_string_cells = _shared_string_cells(struck_strings) if struck_strings else None

    def __call__(self, piece: bytes) -> None:
        marked = self._marked
        if len(marked) > _MOST_NAMED_STYLES:
            marked &= set(_USED_STYLE.findall(piece))
        if marked:
            self._note_styled(piece, *_cell_patterns(marked))
        for letters, row in struck_rich_text_cells(piece):
            self._note(self.struck, letters, row, STRUCK)
        if self._struck_string_cells is not None:
            self._note_struck_strings(piece, self._struck_string_cells)

    def _note_styled(self, piece: bytes, styled: re.Pattern[bytes], as_usual: re.Pattern[bytes]) -> None:
        cells: list[Cell] = as_usual.findall(piece)
        tags = styled.findall(piece)
        if len(cells) != len(tags):  # attributes in another order somewhere
            cells = [cell for tag in tags if (cell := _cell(tag))]
        for letters, row, style, kind, empty in cells:
            if (marks := self._marks.get(style)) is None:
                continue
            struck, currency = marks
            if struck:
                self._note(self.struck, letters, row, STRUCK)
            if currency and kind in (b"", b"n") and not empty:
                self._note(self.currencies, letters, row, currency)

    def _note_struck_strings(self, piece: bytes, cells: re.Pattern[bytes]) -> None:
        for attributes, index in cells.findall(piece):
            reference = REFERENCE.search(attributes)
            if reference and int(index) in self._struck_strings:
                self._note(self.struck, reference.group(1), reference.group(2), STRUCK)

    def _note(self, marks: dict[int, RowRuns], letters: bytes, row: bytes, mark: str) -> None:
        column = self._columns.get(letters)
        if column is None:
            column = self._columns[letters] = column_index(letters) - self._first_column
        if column >= 0:
            marks.setdefault(column, RowRuns()).add(int(row) - 1, mark)


@lru_cache(maxsize=64)
def _cell_patterns(styles: frozenset[bytes]) -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    """Any cell of these styles; and the same written as Excel and openpyxl write it, read without Python."""
    wanted = b"|".join(sorted(styles)) if len(styles) <= _MOST_NAMED_STYLES else rb"\d+"
    styled = re.compile(rb"<(?:\w+:)?c\s([^<>]*?\bs=\"(?:" + wanted + rb")\"[^<>]*)>")
    as_usual = re.compile(
        rb"<(?:\w+:)?c\s+r=\"([A-Z]{1,3})(\d{1,7})\"\s+s=\"(" + wanted + rb")\"(?:\s+t=\"(\w+)\")?[^<>]*?(/?)>"
    )
    return styled, as_usual


def _shared_string_cells(indices: frozenset[int]) -> re.Pattern[bytes]:
    """A cell holding one of these shared strings, '<c r="B3" t="s"><v>7</v></c>' (past so many, any)."""
    named = b"|".join(str(index).encode() for index in sorted(indices))
    wanted = named if len(indices) <= _MOST_NAMED_STRINGS else rb"\d+"
    return re.compile(rb"<(?:\w+:)?c\s([^<>]*?\bt=\"s\"[^<>]*)>\s*<(?:\w+:)?v>(" + wanted + rb")</(?:\w+:)?v>")


def _cell(attributes: bytes) -> Cell | None:
    """A cell tag's attributes in the order the usual pattern reads them; None without a reference."""
    reference, style = REFERENCE.search(attributes), _STYLE.search(attributes)
    if reference is None or style is None:
        return None
    kind = cell_type(attributes) if b't="' in attributes else b""
    return reference.group(1), reference.group(2), style.group(1), kind, b"/" if attributes.endswith(b"/") else b""
