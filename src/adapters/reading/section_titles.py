"""Section titles between the goods lines (';Раздел 1. Бытовая техника;;;'): a row whose only non-empty cell is a
text in the description column or a column the list does not read, so it has no quantity, price or amount.
Such a row is no goods line when goods lines follow it (see TotalsWatch); each one is named in a warning. A row
with a second cell (an item number, a unit, a figure) is always read as a line: a goods line with its amount
missing stays an error on that line."""

import polars as pl

from adapters.reading.numbers import is_blank
from adapters.reading.raw_table import column_name

_A_LETTER = r"[^\W\d_]"


def filled_cells(width: int) -> pl.Expr:
    """How many cells of a row of a raw frame `width` wide are not empty."""
    return pl.sum_horizontal([(~is_blank(pl.col(column_name(i)))).cast(pl.UInt32) for i in range(width)])


def lone_label(labels: list[str], width: int) -> pl.Expr:
    """The text of a row of a raw frame `width` wide whose only non-empty cell is one of `labels` and holds a
    letter; null on any other row."""
    text = pl.coalesce([pl.when(~is_blank(pl.col(c))).then(pl.col(c).str.strip_chars()) for c in labels])
    return pl.when((filled_cells(width) == 1) & text.str.contains(_A_LETTER).fill_null(False)).then(text)


def section_title_reason(text: str) -> str:
    return (
        f"'{text}' stands alone on its row, with no quantity, price or amount: read as a section title, not a goods "
        "line"
    )
