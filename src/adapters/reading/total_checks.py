"""What the reader says about a list's printed totals: figures that disagree with the lines."""

from collections.abc import Callable
from decimal import Decimal

from adapters.reading.line_sums import SUMMED_FIELDS, LineSums, agrees
from domain.goods.problems import RowProblem
from domain.goods.product_list import PrintedTotals


def disagreements(
    printed: PrintedTotals, sums: LineSums, charges: Decimal, at_total: Callable[[str, str], RowProblem]
) -> list[RowProblem]:
    """A warning, at the total row's cell, for each printed figure that is not the sum of the lines; the amount
    may also be that sum plus the `charges` listed above the total (a CIF total adds freight and insurance)."""
    problems = []
    for name in SUMMED_FIELDS:
        figure: Decimal | None = getattr(printed, name)
        if figure is None or (name == "value" and len(sums.currencies) > 1):
            continue
        summed: Decimal = getattr(sums, name)
        with_charges = name == "value" and bool(charges)
        if agrees(figure, summed) or (with_charges and agrees(figure, summed + charges)):
            continue
        reason = f"the printed total {figure} differs from the sum of the lines {summed} by {abs(figure - summed)}"
        if with_charges:
            reason += f", and from that sum plus the charges above it ({charges}) by {abs(figure - summed - charges)}"
        problems.append(at_total(name, reason))
    return problems
