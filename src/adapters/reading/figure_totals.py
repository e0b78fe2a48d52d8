"""A total row told by its figures, whatever its label: a word the vocabulary lacks, or none. In a list with a
quantity column, a row with no unit price whose amount, and masses and quantity where it gives them, add up at
least two lines above it is a total row: read as a goods line it would declare their value twice. A goods line
whose quantity is missing keeps its warning, unless its figures add up the lines above it to their last digit."""

from collections.abc import Sequence
from decimal import Decimal

import polars as pl

from adapters.reading.line_building import LineBuilder
from adapters.reading.line_sums import LineSums, agrees
from adapters.reading.normalised_row import NormalisedRow
from adapters.reading.numbers import is_blank

TOTAL_BY_FIGURES = (
    "read as the total row and left out of the lines: its label names no total, but it has no unit price and its "
    "figures add up the lines above it"
)


def unpriced_amount(row: NormalisedRow) -> bool:
    """An amount with the quantity and unit price cells empty: a total row's shape, or a goods line's missing
    figures ('M8' slipped into the quantity by a stray delimiter is no empty cell)."""
    return row.value_n is not None and not row.quantity and not row.unit_price


def may_add_up_rows_above() -> pl.Expr:
    """A loose, vectorised superset of the rows `adds_up_lines_above` may find, over a normalised chunk: an amount
    without a unit price at least the amounts of the chunk's rows above it since its last total row (as the lines
    since the last total are what a subtotal adds up), leaving out charges and group headings. Such a row is read
    row by row, past the watch on totals, though its cells are clean."""
    amount = pl.col("value_n").cast(pl.Float64, strict=False)
    total = pl.col("is_total") | pl.col("maybe_total")
    not_summed = total | pl.col("is_charge") | pl.col("is_group_sum")
    summed = pl.when(not_summed).then(0.0).otherwise(amount).fill_null(0.0)
    since_a_total = total.cast(pl.UInt32).cum_sum()
    above = summed.cum_sum().over(since_a_total) - summed
    return amount.is_not_null() & is_blank(pl.col("unit_price")) & (amount + 1 >= above)


def adds_up_lines_above(row: NormalisedRow, builder: LineBuilder, above: Sequence[LineSums]) -> bool:
    """An amount without a unit price that, with every mass and quantity it gives, agrees with the sums of one of
    `above` ('Отгружено по спецификации № 3' with the summed quantity too)."""
    if row.value_n is None or row.unit_price:
        return False
    amount = Decimal(row.value_n)
    if not any(agrees(amount, lines.value) for lines in above):
        return False  # the amount alone first: most goods lines without a price are no sum
    figures = builder.numbers(row)
    if row.quantity and "quantity" not in figures:
        return False  # 'M8' slipped into the quantity by a stray delimiter: goods, with the error on that cell
    return any(lines.summed_by(figures) for lines in above)
