"""The total rows of a list: keep the grand total's figures, leave every total row (and the footer below the
grand total) out of the lines, and cross-check the printed figures against the sums of the lines.

Rows that are or may be totals are held until the rows after them are known: goods below make them subtotals
(their lone texts section titles), the end of the list the grand total and its footer. Which held row is a total
is told in total_or_goods; which total is the grand one, and what is said of them, in grand_total."""

from adapters.reading.charges import InvoiceCharges
from adapters.reading.footer_rows import footer_note, is_a_note, is_a_signature, looks_like_a_footer
from adapters.reading.grand_total import EndTotals, checked_grand_total, subtotal_problem
from adapters.reading.group_sums import GROUP_HEADING
from adapters.reading.invoice_totals import InvoiceTotal
from adapters.reading.line_building import LineBuilder
from adapters.reading.line_sums import LineSums
from adapters.reading.normalised_row import NormalisedRow
from adapters.reading.section_titles import amount_in_words, amount_in_words_reason, section_title_reason
from adapters.reading.total_or_goods import Above, TotalRule, may_be_goods, titled
from adapters.reading.unlisted_amount_currencies import lines_currency, other_currency_notes
from adapters.reading.wrapped_descriptions import DescriptionWraps
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_line import ProductLine
from domain.goods.product_list import PrintedTotals


class TotalsWatch:
    """Follows the rows in order; a total block followed by more goods was a subtotal, not the grand total."""

    def __init__(self, builder: LineBuilder, of_several: bool = False) -> None:
        self._builder = builder
        self._of_several = of_several  # one sheet of several: a total for the whole invoice is not this sheet's
        self._block: list[NormalisedRow] = []  # rows that are or may be totals, and the rows without figures after
        self._rule = TotalRule(builder)
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

    def _above(self) -> Above:
        return self._since_total, self.sums

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
            return self._held(row) if may_be_goods(row) else self._charge(row)
        if row.is_group_sum:
            return self._left_out(row, "description", GROUP_HEADING)
        if amount_in_words(row.lone_text) and not self._block:  # below a total it is the footer's
            return self._left_out(row, None, amount_in_words_reason(row.lone_text or ""))
        if not self._block and self._wraps.joined(row):
            return []
        if self._rule.to_hold(row, self._above(), below_held_rows=self.holding):
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
            if self._rule.is_subtotal(row, self._above()):
                if row.has_figures:
                    self.problems += [self._subtotal(row), *self._currency_notes(row)]
                self.left_out.append(row.position)
                self._since_total = LineSums()
                below_a_total = True
            elif row.is_charge:
                lines.extend(self._charge(row) if below_a_total else self._line(row))
            elif titled(row):
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
        return subtotal_problem(row, self._builder, self._since_total, self.sums)

    def finish(self) -> tuple[PrintedTotals, list[ProductLine]]:
        """The printed totals, with a warning for each that disagrees with the sum of the lines, and the lines of
        held rows that turned out to be goods. Total rows above the grand total (see grand_total) are subtotals,
        other rows below the first total the footer."""
        lines: list[ProductLine] = []
        totals: list[tuple[NormalisedRow, RowProblem]] = []  # total rows with figures, each as a subtotal
        below: list[NormalisedRow] = []  # the other rows from the first total row on
        goods_above = self.sums.lines > 0  # the held rows' tax labels are charges below goods lines
        notes = _trailing_notes(self._block) if goods_above else frozenset()  # the footer of a list with no total
        for row in self._block:
            if self._rule.is_total_at_the_end(row, self._above()):
                totals += [(row, self._subtotal(row))] if row.has_figures else []
                below += [] if row.has_figures else [row]
                self._since_total = LineSums()
            elif row.is_charge:
                lines.extend(self._charge(row) if goods_above else self._line(row))
            elif ((totals or below) and looks_like_a_footer(row)) or row.position in notes:
                below.append(row)
            else:
                lines.extend(self._line(row))
        self._block = []
        end = EndTotals.sorted_out(totals, self._of_several, self._builder, self.sums, self.charges)
        self.problems.extend(end.subtotals)
        self.problems += [note for row in end.of_the_list for note in self._currency_notes(row)]
        below += end.below
        self.below_the_total = end.of_the_invoice
        self.left_out += [row.position for row in end.of_the_list] + [row.position for row in below]
        footer = sorted((r for r in below if not r.is_total), key=lambda r: r.position)
        below_a_total = bool(totals) or end.total is not None or any(row.is_total for row in below)
        self.problems += footer_note(footer, self._builder, below_a_total)
        self.problems += self._wraps.notes()
        self.problems.extend(self.charges.notes())
        if end.total is None:
            return PrintedTotals(), lines
        printed, said = checked_grand_total(end.total, self._builder, self.sums, self.charges)
        self.problems += said
        return printed, lines

    def _currency_notes(self, row: NormalisedRow) -> list[RowProblem]:
        return other_currency_notes(row, self._builder, lines_currency(self._builder.plan.currency, self.sums))


def _trailing_notes(block: list[NormalisedRow]) -> frozenset[int]:
    """The positions of the notes and signatures that end the list (see footer_rows): one with any other row after it
    stays a line, with its errors, and so does that row."""
    positions = []
    for row in reversed(block):
        if not (is_a_note(row) or is_a_signature(row)):
            break
        positions.append(row.position)
    return frozenset(positions)
