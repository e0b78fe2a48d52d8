"""Excel's error values (#REF!, #N/A, #VALUE!, #DIV/0!, ...): a cell holding one holds no value. calamine reads
such a cell as empty, so the workbook reader finds them in the sheet's XML and writes their code in the cell."""

import re

import polars as pl

from adapters.reading.raw_table import column_name
from adapters.reading.sheet_xml import cell_position

EXCEL_ERROR = (
    r"^#(?:NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|N/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!"
    r"|UNKNOWN!|EXTERNAL!|PYTHON!)$"
)
_ERROR = re.compile(EXCEL_ERROR)
_ERROR_TYPE = b't="e"'
_CELL_TAG = re.compile(rb"<(?:\w+:)?c\s([^<>]*)>")
_VALUE = re.compile(rb"(?:<(?:\w+:)?f\b[^>]*/>|<(?:\w+:)?f\b[^>]*>[^<]*</(?:\w+:)?f>)?<(?:\w+:)?v>([^<]*)</")


def is_excel_error(text: str | None) -> bool:
    return text is not None and _ERROR.match(text) is not None


class ErrorCells:
    """Collects, piece by piece of a sheet's cell data, the error cells: (frame row, column) -> '#REF!'."""

    def __init__(self, first_column: int) -> None:
        self.found: dict[tuple[int, int], str] = {}
        self._first_column = first_column

    def __call__(self, piece: bytes) -> None:
        at = piece.find(_ERROR_TYPE)
        while at >= 0:
            tag = _CELL_TAG.match(piece, piece.rfind(b"<", 0, at))
            value = _VALUE.match(piece, tag.end()) if tag is not None else None
            position = cell_position(tag.group(1), self._first_column) if tag is not None else None
            if value is not None and position is not None:
                self.found[position] = value.group(1).decode("ascii", "replace")
            at = piece.find(_ERROR_TYPE, at + len(_ERROR_TYPE))


def with_error_codes(frame: pl.DataFrame, texts: dict[tuple[int, int], str]) -> pl.DataFrame:
    """The frame with each error cell's code written in: (row, column) -> '#REF!'."""
    for column in sorted({column for _, column in texts}):
        if not 0 <= column < frame.width:
            continue
        name = column_name(column)
        values = frame.get_column(name).to_list()
        for (row, at), text in texts.items():
            if at == column and 0 <= row < len(values):
                values[row] = text
        frame = frame.with_columns(pl.Series(name, values, dtype=pl.String))
    return frame
