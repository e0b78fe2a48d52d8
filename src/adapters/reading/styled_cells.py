"""The cells whose style says what their text does not: struck through (a cancelled line), or showing a
currency by their number format. Collected piece by piece of a sheet's cell data, on the pass over the sheet's
XML that also reads its error cells, hidden rows and merged blocks."""

import re

from adapters.reading.row_runs import RowRuns
from adapters.reading.sheet_xml import cell_type, column_index
from adapters.reading.workbook_styles import CellStyles

STRUCK = "struck"
_REFERENCE = re.compile(rb"\br=\"([A-Z]{1,3})(\d{1,7})\"")
_STYLE = re.compile(rb"\bs=\"(\d+)\"")
_RICH_TEXT_CELL = re.compile(rb"<(?:\w+:)?c\s([^<>]*)>\s*<(?:\w+:)?is>(.*?)</(?:\w+:)?is>", re.S)
_RUN = re.compile(rb"<(?:\w+:)?r>(.*?)</(?:\w+:)?r>", re.S)
_STRIKE = re.compile(rb"<(?:\w+:)?strike\b(?![^>]*\bval=\"(?:0|false)\")[^>]*>")
Cell = tuple[bytes, bytes, bytes, bytes, bytes]  # column letters, row number, style, type, b"/" when empty


class StyledCells:
    """`struck` and `currencies`: frame column -> the rows whose cell is struck through, or whose number shows a
    currency by its format. A cell written as rich text is struck through when each of its runs is."""

    def __init__(self, styles: CellStyles, first_column: int) -> None:
        self.struck: dict[int, RowRuns] = {}
        self.currencies: dict[int, RowRuns] = {}
        self._first_column, self._columns = first_column, dict[bytes, int]()
        self._marks = {
            str(style).encode(): (style in styles.struck, styles.currencies.get(style))
            for style in styles.struck | styles.currencies.keys()
        }
        wanted = b"|".join(sorted(self._marks))
        # any cell of these styles; and the same written as Excel and openpyxl write it, read without Python
        self._styled = re.compile(rb"<(?:\w+:)?c\s([^<>]*?\bs=\"(?:" + wanted + rb")\"[^<>]*)>")
        self._as_usual = re.compile(
            rb"<(?:\w+:)?c\s+r=\"([A-Z]{1,3})(\d{1,7})\"\s+s=\"(" + wanted + rb")\"(?:\s+t=\"(\w+)\")?[^<>]*?(/?)>"
        )

    def __call__(self, piece: bytes) -> None:
        if self._marks:
            cells: list[Cell] = self._as_usual.findall(piece)
            if len(cells) != len(self._styled.findall(piece)):  # attributes in another order somewhere
                cells = [cell for tag in self._styled.findall(piece) if (cell := _cell(tag))]
            for letters, row, style, kind, empty in cells:
                struck, currency = self._marks[style]
                if struck:
                    self._note(self.struck, letters, row, STRUCK)
                if currency and kind in (b"", b"n") and not empty:
                    self._note(self.currencies, letters, row, currency)
        if b"strike" in piece:
            self._note_rich_text(piece)

    def _note_rich_text(self, piece: bytes) -> None:
        at = piece.find(b"strike")
        while at >= 0:
            start = piece.rfind(b"<", 0, piece.rfind(b"c ", 0, at) + 1)
            cell = _RICH_TEXT_CELL.match(piece, max(start, 0))
            if cell is not None and cell.end() > at:
                runs = _RUN.findall(cell.group(2))
                reference = _REFERENCE.search(cell.group(1))
                if runs and reference and all(_STRIKE.search(run) for run in runs):
                    self._note(self.struck, reference.group(1), reference.group(2), STRUCK)
                at = cell.end()
            at = piece.find(b"strike", at + 1)

    def _note(self, marks: dict[int, RowRuns], letters: bytes, row: bytes, mark: str) -> None:
        column = self._columns.get(letters)
        if column is None:
            column = self._columns[letters] = column_index(letters) - self._first_column
        if column >= 0:
            marks.setdefault(column, RowRuns()).add(int(row) - 1, mark)


def _cell(attributes: bytes) -> Cell | None:
    """A cell tag's attributes in the order the usual pattern reads them; None without a reference."""
    reference, style = _REFERENCE.search(attributes), _STYLE.search(attributes)
    if reference is None or style is None:
        return None
    kind = cell_type(attributes) if b't="' in attributes else b""
    return reference.group(1), reference.group(2), style.group(1), kind, b"/" if attributes.endswith(b"/") else b""
