"""A CSV row written with more fields than the others: a stray delimiter in one cell (a description with a ';'
not in quotes) moves every cell after it one column right, so a quantity is read as the amount and the amount as
a mass. Its values cannot be trusted, whether its last cells are empty or not."""

from collections import Counter

from adapters.reading.header_detection import HeaderLayout
from adapters.reading.raw_table import RawTable


def _usual_width(widths: tuple[int, ...], header: int, named: int) -> tuple[int, str]:
    """The width rows may have, and what sets it: the width more than half of the rows below the header share
    (two at least; rows may all end with an empty field the header lacks, or lack one it has), else the header's;
    never less than its named columns."""
    counts = Counter(width for width in widths if width > 1)
    width, rows = counts.most_common(1)[0] if counts else (header, 0)
    if rows >= 2 and rows * 2 > counts.total() and width >= named and width != header:
        return width, f"most rows have {width}"
    return max(header, named), f"the header has {max(header, named)}"


def shifted_rows(table: RawTable, layout: HeaderLayout) -> dict[int, str]:
    """Frame row -> why the row's values cannot be trusted, for each row below the header written too wide."""
    widths = table.written_widths
    if not widths or table.delimiter is None:
        return {}
    below = widths[layout.first_data_row :]
    usual, compared = _usual_width(below, widths[layout.header_row], layout.width)
    delimiter = "tab" if table.delimiter == "\t" else f"'{table.delimiter}'"
    reason = (
        "{} cells where {}: a stray {} in a cell moves the cells after it one column right, so the row's values "
        "cannot be trusted; put that cell in quotes or take out the {}"
    )
    return {
        layout.first_data_row + offset: reason.format(width, compared, delimiter, delimiter)
        for offset, width in enumerate(below)
        if width > usual
    }
