"""A total row told by its figures, whatever its label: a word the vocabulary lacks, or none. In a list with a
quantity column, a row with no quantity and no unit price whose amount, and masses where it gives them, add up at
least two lines above it is a total row: read as a goods line it would declare their value twice. A goods line
whose quantity is missing keeps its warning, unless its figures add up the lines above it to their last digit."""

from collections.abc import Iterable
from decimal import Decimal

from adapters.reading.line_sums import LineSums
from adapters.reading.normalised_row import NormalisedRow

TOTAL_BY_FIGURES = (
    "read as the total row and left out of the lines: its label names no total, but it has no quantity or unit "
    "price and its figures add up the lines above it"
)


def unpriced_amount(row: NormalisedRow, figures: dict[str, Decimal]) -> bool:
    """An amount with no quantity or unit price beside it: a total row's shape, or a goods line's missing figures."""
    return "value" in figures and not row.quantity and not row.unit_price


def adds_up_lines_above(row: NormalisedRow, figures: dict[str, Decimal], above: Iterable[LineSums]) -> bool:
    """An unpriced amount that, with every mass it gives, agrees with the sums of one of `above`."""
    return unpriced_amount(row, figures) and any(lines.summed_by(figures) for lines in above)
