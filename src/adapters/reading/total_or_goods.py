"""Whether a row the totals watch holds is a total row or goods, told against the sums of the lines above it.

A row labelled only 'TOTAL' / 'Итого:' / 'Jemi' (maybe with a page or section word) is a total row. A row whose
label only starts with one ('TOTAL Quartz 9000 5W-40', an engine oil; 'Total CIF Ashgabat') is held until the rows
after it are known and then told by its figures (`TotalRule.is_total`). A row with no total word whose figures add
up the lines above it is a total row too (see figure_totals)."""

from adapters.reading.charge_rows import opens_with_a_tax_word_only
from adapters.reading.figure_totals import adds_up_lines_above, unpriced_amount
from adapters.reading.footer_rows import is_a_note, is_a_signature
from adapters.reading.line_building import LineBuilder
from adapters.reading.line_sums import LineSums
from adapters.reading.normalised_row import NormalisedRow
from adapters.reading.section_titles import shaped_as_a_title

LINES_UNDER_A_SUBTOTAL = 2  # with goods below it, a total row sums at least two lines
LINES_UNDER_THE_TOTAL = 1  # at the end, a one-line invoice may print its total too

Above = tuple[LineSums, LineSums]  # the lines read since the last total row, and every line read


def may_be_goods(charge: NormalisedRow) -> bool:
    """A described row whose label a tax word only opens ('Tax-free gift boxes'): a charge below the goods lines
    (held till goods follow or the list ends), a goods line among them."""
    return bool(charge.description) and opens_with_a_tax_word_only(charge.charge_label or "")


def titled(row: NormalisedRow) -> bool:
    """A row with words only, shaped as a title: a section title when goods lines follow."""
    return shaped_as_a_title(row.lone_text)


def goods_among_lines(row: NormalisedRow) -> bool:
    """A described row with no total word, goods lines below it: goods whose figures happen to add up the lines
    above (1 and 2 bolts, then 3); at the end of the list it is a total by its figures."""
    return not (row.is_total or row.maybe_total) and bool(row.description)


class TotalRule:
    """Tells total rows from goods in one list (its layout decides whether quantities can be compared)."""

    def __init__(self, builder: LineBuilder) -> None:
        self._builder = builder
        self._has_quantities = "quantity" in builder.plan.layout.columns

    def to_hold(self, row: NormalisedRow, above: Above, below_held_rows: bool) -> bool:
        """A row held until the rows after it are known: one with a total word, a title, a note or a signature (the
        footer at the end of the list, see footer_rows), one whose figures add up the lines above, and below held
        rows one with an amount but no price, or no number (the footer, or a total by its figures)."""
        told_with_held_rows = below_held_rows and (unpriced_amount(row) or not self._builder.numbers(row))
        ends = is_a_note(row) or is_a_signature(row)
        held = row.is_total or row.maybe_total or titled(row) or ends or told_with_held_rows
        return bool(held or self.adds_up(row, above))

    def is_subtotal(self, row: NormalisedRow, above: Above) -> bool:
        """A held row is a subtotal when goods follow it: a total over at least two lines, not goods among them."""
        return self.is_total(row, above, LINES_UNDER_A_SUBTOTAL) and not goods_among_lines(row)

    def is_total_at_the_end(self, row: NormalisedRow, above: Above) -> bool:
        """A row held at the end of the list is a total (one line may have one)."""
        return self.is_total(row, above, LINES_UNDER_THE_TOTAL)

    def is_total(self, row: NormalisedRow, above: Above, fewest_lines: int) -> bool:
        """A label alone is a total. A label that starts with a total word is one when the row has figures and
        either no quantity of its own, or figures that add up the lines above, or an amount at least their sum
        (a CIF total adds freight and insurance) with no smaller quantity; otherwise the row is goods. A row with
        no total word is one by its figures alone (see figure_totals)."""
        if row.is_total or self.adds_up(row, above):
            return True
        if not row.maybe_total or not row.has_figures:
            return False
        if self._has_quantities and not row.quantity:
            return True
        figures = self._builder.numbers(row)
        return any(lines.summed_by(figures) or lines.exceeded_by(figures, fewest_lines) for lines in above)

    def adds_up(self, row: NormalisedRow, above: Above) -> bool:
        """A total by its figures alone, whatever its label (see figure_totals)."""
        return self._has_quantities and not row.is_charge and adds_up_lines_above(row, self._builder, above)
