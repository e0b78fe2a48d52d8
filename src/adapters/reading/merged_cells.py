"""Merged cell blocks of a worksheet, read from the XML after its cell data (calamine keeps only each block's
top-left value)."""

import re

from adapters.reading.raw_table import CellRange
from adapters.reading.sheet_xml import column_index

_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?ref=\"([A-Z]+)(\d+):([A-Z]+)(\d+)\"")
_MAX_MERGES = 100_000


def merged_blocks(tail: bytes, first_column: int) -> list[CellRange]:
    """Merged blocks in frame positions (row i = spreadsheet row i + 1), from the XML after the cell data."""
    return [
        CellRange(
            first_row=int(r1) - 1,
            first_column=column_index(c1) - first_column,
            last_row=int(r2) - 1,
            last_column=column_index(c2) - first_column,
        )
        for c1, r1, c2, r2 in _MERGE.findall(tail)[:_MAX_MERGES]
    ]
