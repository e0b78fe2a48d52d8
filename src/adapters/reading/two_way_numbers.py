"""Workbook cells that hold numbers whose text reads two ways: 12.345 comes out of calamine as '12.345', which a
column writing its text cells with decimal commas ('2,5') would read as twelve thousand. Found in the sheet's
XML, and only for the columns that need it, since it costs one more pass over the sheet."""

import re

from adapters.reading.sheet_xml import cell_position, cell_type, scan_sheet

TWO_WAY = r"^-?[1-9]\d{0,2}\.\d{3}$"  # as calamine and openpyxl write a number: no group separators
_TWO_WAY_TEXT = re.compile(TWO_WAY)
_TWO_WAY_CELL = re.compile(
    rb"<(?:\w+:)?c\s([^<>]*)>(?:<(?:\w+:)?f\b[^>]*/>|<(?:\w+:)?f\b[^>]*>[^<]*</(?:\w+:)?f>)?"
    rb"<(?:\w+:)?v>-?[1-9]\d{0,2}\.\d{3}</"
)


def reads_two_ways(text: str) -> bool:
    return _TWO_WAY_TEXT.match(text) is not None


def two_way_number_cells(
    data: bytes, sheet_name: str, first_column: int, columns: frozenset[int]
) -> set[tuple[int, int]]:
    """(frame row, column) of the number cells in `columns` whose value is written like '12.345'."""
    found: set[tuple[int, int]] = set()

    def read_cells(piece: bytes) -> None:
        for match in _TWO_WAY_CELL.finditer(piece):
            position = cell_position(match.group(1), first_column)
            if position is not None and position[1] in columns and cell_type(match.group(1)) == b"n":
                found.add(position)

    scan_sheet(data, sheet_name, read_cells)
    return found
