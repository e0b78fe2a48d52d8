"""The cells whose style says what their text does not: struck through (a cancelled line), or showing a
currency by their number format. Collected piece by piece of a sheet's cell data, on the pass over the sheet's
XML that also reads its error cells, hidden rows and merged blocks."""

import re

from adapters.reading.row_runs import RowRuns
from adapters.reading.sheet_xml import cell_position, cell_type
from adapters.reading.workbook_styles import CellStyles

STRUCK = "struck"
_STYLE = re.compile(rb"\bs=\"(\d+)\"")
_RICH_TEXT_CELL = re.compile(rb"<(?:\w+:)?c\s([^<>]*)>\s*<(?:\w+:)?is>(.*?)</(?:\w+:)?is>", re.S)
_RUN = re.compile(rb"<(?:\w+:)?r>(.*?)</(?:\w+:)?r>", re.S)
_STRIKE = re.compile(rb"<(?:\w+:)?strike\b(?![^>]*\bval=\"(?:0|false)\")[^>]*>")


class StyledCells:
    """`struck` and `currencies`: frame column -> the rows whose cell is struck through, or whose number shows a
    currency by its format. A cell written as rich text is struck through when each of its runs is."""

    def __init__(self, styles: CellStyles, first_column: int) -> None:
        self.struck: dict[int, RowRuns] = {}
        self.currencies: dict[int, RowRuns] = {}
        self._styles, self._first_column = styles, first_column
        wanted = b"|".join(str(style).encode() for style in sorted(styles.struck | styles.currencies.keys()))
        self._styled = re.compile(rb"<(?:\w+:)?c\s([^<>]*?\bs=\"(?:" + wanted + rb")\"[^<>]*)>") if wanted else None

    def __call__(self, piece: bytes) -> None:
        if self._styled is not None:
            for match in self._styled.finditer(piece):
                self._note_style(match.group(1))
        at = piece.find(b"strike")
        while at >= 0:
            start = piece.rfind(b"<", 0, piece.rfind(b"c ", 0, at) + 1)
            cell = _RICH_TEXT_CELL.match(piece, max(start, 0))
            if cell is not None and cell.end() > at:
                runs = _RUN.findall(cell.group(2))
                if runs and all(_STRIKE.search(run) for run in runs):
                    self._note(self.struck, cell.group(1), STRUCK)
                at = cell.end()
            at = piece.find(b"strike", at + 1)

    def _note_style(self, attributes: bytes) -> None:
        style = _STYLE.search(attributes)
        if style is None:
            return
        number = int(style.group(1))
        if number in self._styles.struck:
            self._note(self.struck, attributes, STRUCK)
        currency = self._styles.currencies.get(number)
        if currency and cell_type(attributes) == b"n" and not attributes.endswith(b"/"):
            self._note(self.currencies, attributes, currency)

    def _note(self, marks: dict[int, RowRuns], attributes: bytes, mark: str) -> None:
        position = cell_position(attributes, self._first_column)
        if position is not None and position[1] >= 0:
            row, column = position
            marks.setdefault(column, RowRuns()).add(row, mark)
