"""The total rows of a list: keep the grand total's figures, leave every total row (and the footer below the
grand total) out of the lines, and cross-check the printed figures against the sums of the lines.

A row labelled only 'TOTAL' / 'Итого:' / 'Jemi' (maybe with a page or section word) is a total row. A row whose
label only starts with one ('TOTAL Quartz 9000 5W-40', an engine oil; 'Total CIF Ashgabat') is held until the
rows after it are known; see `TotalsWatch._is_total`. A row with no total word whose figures add up the lines
above it is a total row too (see figure_totals)."""

from collections.abc import Callable

from adapters.reading.charge_rows import opens_with_a_tax_word_only
from adapters.reading.charges import InvoiceCharges
from adapters.reading.figure_totals import TOTAL_BY_FIGURES, adds_up_lines_above, unpriced_amount
from adapters.reading.footer_rows import footer_note, looks_like_a_footer
from adapters.reading.group_sums import GROUP_HEADING
from adapters.reading.invoice_totals import InvoiceTotal, for_the_invoice
from adapters.reading.line_building import LineBuilder
from adapters.reading.line_sums import SUMMED_FIELDS, LineSums, agrees
from adapters.reading.normalised_row import NormalisedRow
from adapters.reading.section_titles import (
    amount_in_words,
    amount_in_words_reason,
    section_title_reason,
    shaped_as_a_title,
)
from adapters.reading.total_checks import disagreements
from adapters.reading.unlisted_amount_currencies import lines_currency, other_currency_notes
from adapters.reading.wrapped_descriptions import DescriptionWraps
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_line import ProductLine
from domain.goods.product_list import PrintedTotals

_LINES_UNDER_A_SUBTOTAL = 2  # with goods below it, a total row sums at least two lines
_LINES_UNDER_THE_TOTAL = 1  # at the end, a one-line invoice may print its total too


def _may_be_goods(charge: NormalisedRow) -> bool:
    """A described row whose label a tax word only opens ('Tax-free gift boxes'): a charge below the goods lines
    (held till goods follow or the list ends), a goods line among them."""
    return bool(charge.description) and opens_with_a_tax_word_only(charge.charge_label or "")


def _titled(row: NormalisedRow) -> bool:
    """A row with words only, shaped as a title: a section title when goods lines follow."""
    return shaped_as_a_title(row.lone_text)


def _goods_among_lines(row: NormalisedRow) -> bool:
    """A described row with no total word, goods lines below it: goods whose figures happen to add up the lines
    above (1 and 2 bolts, then 3); at the end of the list it is a total by its figures."""
    return not (row.is_total or row.maybe_total) and bool(row.description)


class TotalsWatch:
    """Follows the rows in order; a total block followed by more goods was a subtotal, not the grand total."""

    def __init__(self, builder: LineBuilder, of_several: bool = False) -> None:
        self._builder = builder
        self._of_several = of_several  # one sheet of several: a total for the whole invoice is not this sheet's
        self._block: list[NormalisedRow] = []  # rows that are or may be totals, and the rows without figures after
        self._has_quantities = "quantity" in builder.plan.layout.columns
        self.problems: list[RowProblem] = []
        self.left_out: list[int] = []  # frame rows read as total rows, charges or the footer, not as goods
        self.charges = InvoiceCharges(builder)
        self.sums = LineSums()  # every line read
        self._since_total = LineSums()  # the lines read since the last total row
        self._wraps = DescriptionWraps(builder)
        self.below_the_total: list[InvoiceTotal] = []  # of one sheet of several: total rows of the whole invoice

    def counted(self, lines: list[ProductLine]) -> list[ProductLine]:
        """The lines, added to the sums; every line read passes here, in order."""
        self.sums.add(lines)
        self._since_total.add(lines)
        self._wraps.follow(lines)
        return lines

    def _line(self, row: NormalisedRow) -> list[ProductLine]:
        return self.counted([self._builder.line(row)])

    def _is_total(self, row: NormalisedRow, fewest_lines: int) -> bool:
        """A label alone is a total. A label that starts with a total word is one when the row has figures and
        either no quantity of its own, or figures that add up the lines above, or an amount at least their sum
        (a CIF total adds freight and insurance) with no smaller quantity; otherwise the row is goods. A row with
        no total word is one by its figures alone (see figure_totals)."""
        if row.is_total or self._adds_up(row):
            return True
        if not row.maybe_total or not row.has_figures:
            return False
        if self._has_quantities and not row.quantity:
            return True
        figures = self._builder.numbers(row)
        sums = (self._since_total, self.sums)
        return any(lines.summed_by(figures) or lines.exceeded_by(figures, fewest_lines) for lines in sums)

    def _adds_up(self, row: NormalisedRow) -> bool:
        """A total by its figures alone, whatever its label (see figure_totals)."""
        above = (self._since_total, self.sums)
        return self._has_quantities and not row.is_charge and adds_up_lines_above(row, self._builder, above)

    def start_chunk(self) -> None:
        """The lines read so far are handed on: no row of the next chunk is joined to them."""
        self._wraps.start_chunk()
        self._builder.two_way_figures.start_chunk()

    @property
    def holding(self) -> bool:
        return bool(self._block)

    def take(self, row: NormalisedRow) -> list[ProductLine]:
        """The lines to add now, counted (none while the row may belong to the last total block, none for a charge,
        which leaves the block as it is). After a total row, a row without a number among its figures is held too:
        below the grand total it is the footer, even with a signature in the cartons column."""
        if row.is_charge:
            return self._held(row) if _may_be_goods(row) else self._charge(row)
        if row.is_group_sum:
            return self._left_out(row, "description", GROUP_HEADING)
        if amount_in_words(row.lone_text) and not self._block:  # below a total it is the footer's
            return self._left_out(row, None, amount_in_words_reason(row.lone_text or ""))
        if not self._block and self._wraps.joined(row):
            return []
        # below held rows: the footer, or a total by its figures (see _is_total)
        told_with_held_rows = self._block and (unpriced_amount(row) or not self._builder.numbers(row))
        if row.is_total or row.maybe_total or _titled(row) or told_with_held_rows or self._adds_up(row):
            return self._held(row)
        return [*self.release(), *self._line(row)]

    def _held(self, row: NormalisedRow) -> list[ProductLine]:
        self._block.append(row)
        return []

    def release(self) -> list[ProductLine]:
        """Goods follow the held block: its total rows were subtotals, its lone texts section titles, its other
        rows goods lines."""
        lines: list[ProductLine] = []
        below_a_total = False
        for row in self._block:
            if self._is_total(row, _LINES_UNDER_A_SUBTOTAL) and not _goods_among_lines(row):
                if row.has_figures:
                    self.problems += [self._subtotal(row), *self._currency_notes(row)]
                self.left_out.append(row.position)
                self._since_total = LineSums()
                below_a_total = True
            elif row.is_charge:
                lines.extend(self._charge(row) if below_a_total else self._line(row))
            elif _titled(row):
                self._left_out(row, None, section_title_reason(row.lone_text or ""))
            else:
                lines.extend(self._line(row))
        self._block = []
        return lines

    def _charge(self, row: NormalisedRow) -> list[ProductLine]:
        self.charges.add(row)
        self.problems += self._currency_notes(row)
        self.left_out.append(row.position)
        return []

    def _left_out(self, row: NormalisedRow, field: str | None, reason: str) -> list[ProductLine]:
        self.problems.append(self._builder.problem(row, field, reason, Severity.WARNING))
        self.left_out.append(row.position)
        return []

    def _subtotal(self, row: NormalisedRow) -> RowProblem:
        reason = "a subtotal row; it is left out of the lines"
        amount, summed = self._builder.numbers(row).get("value"), self._since_total.value
        if amount is not None and not (agrees(amount, summed) or agrees(amount, self.sums.value)):
            reason += f"; its amount {amount} differs from the sum of the lines above it {summed}"
        return self._builder.problem(row, None, reason, Severity.WARNING)

    def finish(self) -> tuple[PrintedTotals, list[ProductLine]]:
        """The printed totals, with a warning for each that disagrees with the sum of the lines, and the lines of
        held rows that turned out to be goods. The grand total is the first total row that adds up all the lines and
        the charges above it, or else all the lines, or else the last; total rows above it are subtotals, other
        rows below the first total the footer."""
        lines: list[ProductLine] = []
        totals: list[tuple[NormalisedRow, RowProblem]] = []  # total rows with figures, each as a subtotal
        below: list[NormalisedRow] = []  # the other rows from the first total row on
        goods_above = self.sums.lines > 0  # the held rows' tax labels are charges below goods lines
        for row in self._block:
            if self._is_total(row, _LINES_UNDER_THE_TOTAL):
                totals += [(row, self._subtotal(row))] if row.has_figures else []
                below += [] if row.has_figures else [row]
                self._since_total = LineSums()
            elif row.is_charge:
                lines.extend(self._charge(row) if goods_above else self._line(row))
            elif (totals or below) and looks_like_a_footer(row):
                below.append(row)
            else:
                lines.extend(self._line(row))
        self._block = []
        invoice = [row for row, _ in totals if self._of_several and for_the_invoice(row.description)]
        totals = [(row, subtotal) for row, subtotal in totals if row not in invoice]
        below += invoice
        total = self._grand_total([row for row, _ in totals])
        subtotals = [problem for row, problem in totals if total is not None and row.position < total.position]
        self.problems.extend(subtotals)
        self.problems += [note for row, _ in totals for note in self._currency_notes(row)]
        below += [row for row, _ in totals[len(subtotals) + 1 :]]
        later = sorted(invoice + [row for row, _ in totals[len(subtotals) + 1 :]], key=lambda row: row.position)
        self.below_the_total = [self._invoice_total(row) for row in later]
        self.left_out += [row.position for row, _ in totals] + [row.position for row in below]
        footer = sorted((r for r in below if not r.is_total), key=lambda r: r.position)
        self.problems += footer_note(footer, self._builder)
        self.problems += self._wraps.notes()
        self.problems.extend(self.charges.notes())
        if total is None:
            return PrintedTotals(), lines
        if not (total.is_total or total.maybe_total):
            self.problems.append(self._at(total)("value", TOTAL_BY_FIGURES))
        figures = self._builder.numbers(total)
        printed = PrintedTotals(**{f: figures.get(f) for f in SUMMED_FIELDS})
        at_total = self._at_total(total)
        self.problems += self._builder.two_way_figures.settle(printed, self.sums, self._builder.plan.header, at_total)
        charges = self.charges.above(total.position)
        self.problems += disagreements(printed, self.sums, charges, self._at(total))
        return printed, lines

    def _invoice_total(self, row: NormalisedRow) -> InvoiceTotal:
        figures = self._builder.numbers(row)
        return InvoiceTotal(PrintedTotals(**{f: figures.get(f) for f in SUMMED_FIELDS}), self._at(row))

    def _currency_notes(self, row: NormalisedRow) -> list[RowProblem]:
        return other_currency_notes(row, self._builder, lines_currency(self._builder.plan.currency, self.sums))

    def _grand_total(self, totals: list[NormalisedRow]) -> NormalisedRow | None:
        with_charges = (row for row in totals if self._adds_up_with_charges(row))
        adding_up = (row for row in totals if self.sums.summed_by(self._builder.numbers(row)))
        return next(with_charges, next(adding_up, totals[-1] if totals else None))

    def _at(self, row: NormalisedRow) -> Callable[[str, str], RowProblem]:
        return lambda field, reason: self._builder.problem(row, field, reason, Severity.WARNING)

    def _at_total(self, row: NormalisedRow) -> Callable[[str, str, Severity], RowProblem]:
        return lambda field, reason, severity: self._builder.problem(row, field, reason, severity)

    def _adds_up_with_charges(self, row: NormalisedRow) -> bool:
        charges, amount = self.charges.above(row.position), self._builder.numbers(row).get("value")
        return bool(charges) and amount is not None and agrees(amount, self.sums.value + charges)
