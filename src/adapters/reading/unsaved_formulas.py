"""Formula cells without a saved value: a workbook written by a program that is not a spreadsheet (a script, an ERP
export) may hold a formula ('=B4*D4') and no result, which every reader sees as an empty cell. Found in the sheet's
XML, to say why such a cell is empty."""

import re

from adapters.reading.sheet_xml import cell_position, cell_type

UNSAVED_FORMULA = (
    "the cell holds a formula with no saved value (the file was not saved by a spreadsheet program); open and save "
    "it in Excel/LibreOffice, or type the value"
)
_FORMULA_WITHOUT_VALUE = re.compile(
    rb"<(?:\w+:)?c\s([^<>]*)>(?:<(?:\w+:)?f\b[^>]*/>|<(?:\w+:)?f\b[^>]*>[^<]*</(?:\w+:)?f>)"
    rb"(<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>"
)
_TEXT_RESULT = b"str"  # a formula whose saved result is the empty text ('=IF(A1="";"";A1)') is written with <v></v>


class UnsavedFormulaCells:
    """Collects, piece by piece of a sheet's cell data, the (frame row, column) of formulas with no saved value."""

    def __init__(self, first_column: int) -> None:
        self.found: set[tuple[int, int]] = set()
        self._first_column = first_column

    def __call__(self, piece: bytes) -> None:
        if b"f>" not in piece and b"f " not in piece:  # no formula in the piece
            return
        for match in _FORMULA_WITHOUT_VALUE.finditer(piece):
            tag, empty_value = match.groups()
            if empty_value is not None and cell_type(tag) == _TEXT_RESULT:
                continue
            position = cell_position(tag, self._first_column)
            if position is not None:
                self.found.add(position)
