"""The total row at the bottom of a list: keep its figures, leave it (and the footer below it) out of the lines,
and cross-check its figures against the sums of the lines.

A row labelled only 'TOTAL' / 'Итого:' / 'Jemi' (maybe with a page or section word) is a total row. A label that
only starts with one ('TOTAL Quartz 9000 5W-40', an engine oil; 'Total CIF Ashgabat') is a total only when its
figures add up the lines above it; otherwise it is a goods line."""

from decimal import Decimal

from adapters.reading.chunk_normalising import NormalisedRow
from adapters.reading.line_building import LineBuilder
from adapters.reading.line_sums import SUMMED_FIELDS, LineSums, agrees
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_line import ProductLine
from domain.goods.product_list import PrintedTotals

_LISTED_ROWS = 10


class TotalsWatch:
    """Follows the rows in order; a total block followed by more goods was a subtotal, not the grand total."""

    def __init__(self, builder: LineBuilder) -> None:
        self._builder = builder
        self._block: list[NormalisedRow] = []  # total rows and the rows after them, while no goods follow
        self.problems: list[RowProblem] = []
        self.sums = LineSums()  # every line read
        self._since_total = LineSums()  # the lines read since the last total row

    def counted(self, lines: list[ProductLine]) -> list[ProductLine]:
        """The lines, added to the sums; every line read passes here, in order."""
        self.sums.add(lines)
        self._since_total.add(lines)
        return lines

    def _is_total(self, row: NormalisedRow) -> bool:
        if row.is_total:
            return True
        if not row.maybe_total:
            return False
        figures = self._builder.numbers(row)
        return self._since_total.summed_by(figures) or self.sums.summed_by(figures)

    @property
    def holding(self) -> bool:
        return bool(self._block)

    def take(self, row: NormalisedRow) -> list[NormalisedRow]:
        """The rows to read as goods lines now (none while a total block may still be the last one)."""
        if self._is_total(row):
            self._block.append(row._replace(is_total=True))
            self._since_total = LineSums()
            return []
        if self._block and not row.has_figures:
            self._block.append(row)
            return []
        return [*self.release(), row]

    def release(self) -> list[NormalisedRow]:
        """Goods follow the held block: its total rows were subtotals, its other rows are goods lines."""
        for total in (r for r in self._block if r.is_total and r.has_figures):
            reason = "a subtotal row; it is left out of the lines"
            self.problems.append(self._builder.problem(total, None, reason, Severity.WARNING))
        released = [r for r in self._block if not r.is_total]
        self._block = []
        return released

    def _grand_total(self) -> NormalisedRow | None:
        return next((r for r in self._block if r.is_total and r.has_figures), None)

    def finish(self) -> PrintedTotals:
        """The printed totals, with a warning for each that disagrees with the sum of the lines."""
        total = self._grand_total()
        footer = [self._builder.row_number(r) for r in self._block if r is not total and not r.is_total]
        if footer:
            listed = ", ".join(str(n) for n in footer[:_LISTED_ROWS]) + (", ..." if len(footer) > _LISTED_ROWS else "")
            rows = "1 row" if len(footer) == 1 else f"{len(footer)} rows"
            reason = f"{rows} below the total read as the footer and left out (rows {listed})"
            self.problems.append(RowProblem(None, None, reason, Severity.WARNING))
        if total is None:
            return PrintedTotals()
        figures = self._builder.numbers(total)
        printed = PrintedTotals(**{f: figures.get(f) for f in SUMMED_FIELDS})
        self._cross_check(total, printed, self.sums)
        return printed

    def _cross_check(self, total: NormalisedRow, printed: PrintedTotals, sums: LineSums) -> None:
        for name in SUMMED_FIELDS:
            figure: Decimal | None = getattr(printed, name)
            if figure is None or (name == "value" and len(sums.currencies) > 1):
                continue
            summed: Decimal = getattr(sums, name)
            if not agrees(figure, summed):
                reason = f"the printed total {figure} differs from the sum of the lines {summed}"
                self.problems.append(self._builder.problem(total, name, reason, Severity.WARNING))
