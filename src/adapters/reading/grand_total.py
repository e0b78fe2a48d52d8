"""The grand total among a list's total rows, and what the reader says of the total rows: the grand total is the
first total row that adds up all the lines and the charges above it, or else all the lines, or else the last; the
total rows above it are subtotals, checked against the lines above them; its printed figures are checked against
the sums of the lines."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Self

from adapters.reading.charges import InvoiceCharges
from adapters.reading.figure_totals import TOTAL_BY_FIGURES
from adapters.reading.invoice_totals import InvoiceTotal, for_the_invoice
from adapters.reading.line_building import LineBuilder
from adapters.reading.line_sums import SUMMED_FIELDS, LineSums, agrees
from adapters.reading.normalised_row import NormalisedRow
from adapters.reading.total_checks import disagreements
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_list import PrintedTotals


@dataclass(frozen=True, slots=True)
class EndTotals:
    """The total rows with figures held at the end of a list, sorted out."""

    total: NormalisedRow | None  # the grand total
    of_the_list: list[NormalisedRow]  # the total rows of this list (or sheet), the grand total among them
    subtotals: list[RowProblem]  # said of the total rows above the grand total
    below: list[NormalisedRow]  # the total rows of the whole invoice, then those below the grand total
    of_the_invoice: list[InvoiceTotal]  # the same rows in order, each a total of the whole invoice

    @classmethod
    def sorted_out(
        cls,
        totals: list[tuple[NormalisedRow, RowProblem]],
        of_several: bool,
        builder: LineBuilder,
        sums: LineSums,
        charges: InvoiceCharges,
    ) -> Self:
        """`totals`: each total row with what it says as a subtotal. On one sheet of several, a row labelled for
        the whole invoice is not this sheet's total."""
        invoice = [row for row, _ in totals if of_several and for_the_invoice(row.description)]
        totals = [(row, subtotal) for row, subtotal in totals if row not in invoice]
        total = grand_total([row for row, _ in totals], builder, sums, charges)
        subtotals = [problem for row, problem in totals if total is not None and row.position < total.position]
        after = [row for row, _ in totals[len(subtotals) + 1 :]]
        later = sorted(invoice + after, key=lambda row: row.position)
        of_the_list = [row for row, _ in totals]
        return cls(total, of_the_list, subtotals, invoice + after, [invoice_total(row, builder) for row in later])


def grand_total(
    totals: list[NormalisedRow], builder: LineBuilder, sums: LineSums, charges: InvoiceCharges
) -> NormalisedRow | None:
    """Of the total rows with figures, in order: the grand total (see the module), none when there is none."""
    with_charges = (row for row in totals if _adds_up_with_charges(row, builder, sums, charges))
    adding_up = (row for row in totals if sums.summed_by(builder.numbers(row)))
    return next(with_charges, next(adding_up, totals[-1] if totals else None))


def checked_grand_total(
    total: NormalisedRow, builder: LineBuilder, sums: LineSums, charges: InvoiceCharges
) -> tuple[PrintedTotals, list[RowProblem]]:
    """The grand total's printed figures, with a warning for each that disagrees with the sum of the lines (and
    one saying a row without a total word was read as the total by its figures)."""
    problems: list[RowProblem] = []
    if not (total.is_total or total.maybe_total):
        problems.append(warning_at(total, builder)("value", TOTAL_BY_FIGURES))
    printed = printed_figures(total, builder)
    problems += builder.two_way_figures.settle(printed, sums, builder.plan.header, _problem_at(total, builder))
    problems += disagreements(printed, sums, charges.above(total.position), warning_at(total, builder))
    return printed, problems


def subtotal_problem(row: NormalisedRow, builder: LineBuilder, since_total: LineSums, sums: LineSums) -> RowProblem:
    """A subtotal is left out, with its amount compared with the lines since the last total row (or all)."""
    reason = "a subtotal row; it is left out of the lines"
    amount, summed = builder.numbers(row).get("value"), since_total.value
    if amount is not None and not (agrees(amount, summed) or agrees(amount, sums.value)):
        reason += f"; its amount {amount} differs from the sum of the lines above it {summed}"
    return builder.problem(row, None, reason, Severity.WARNING)


def invoice_total(row: NormalisedRow, builder: LineBuilder) -> InvoiceTotal:
    """A total row of the whole invoice on one sheet of several, checked later against every sheet's lines."""
    return InvoiceTotal(printed_figures(row, builder), warning_at(row, builder))


def printed_figures(row: NormalisedRow, builder: LineBuilder) -> PrintedTotals:
    figures = builder.numbers(row)
    return PrintedTotals(**{f: figures.get(f) for f in SUMMED_FIELDS})


def warning_at(row: NormalisedRow, builder: LineBuilder) -> Callable[[str, str], RowProblem]:
    return lambda field, reason: builder.problem(row, field, reason, Severity.WARNING)


def _problem_at(row: NormalisedRow, builder: LineBuilder) -> Callable[[str, str, Severity], RowProblem]:
    return lambda field, reason, severity: builder.problem(row, field, reason, severity)


def _adds_up_with_charges(row: NormalisedRow, builder: LineBuilder, sums: LineSums, charges: InvoiceCharges) -> bool:
    above, amount = charges.above(row.position), builder.numbers(row).get("value")
    return bool(above) and amount is not None and agrees(amount, sums.value + above)
