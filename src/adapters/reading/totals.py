"""The total row at the bottom of a list: keep its figures, leave it (and the footer below it) out of the lines,
and cross-check its figures against the sums of the lines."""

from dataclasses import dataclass, field
from decimal import Decimal

from adapters.reading.chunk_normalising import NormalisedRow
from adapters.reading.line_building import LineBuilder
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_line import ProductLine
from domain.goods.product_list import PrintedTotals

_MIN_TOLERANCE = Decimal("0.01")
_LISTED_ROWS = 10


@dataclass(slots=True)
class LineSums:
    value: Decimal = Decimal(0)
    net_mass: Decimal = Decimal(0)
    gross_mass: Decimal = Decimal(0)
    quantity: Decimal = Decimal(0)
    currencies: set[str] = field(default_factory=set)

    def add(self, lines: list[ProductLine]) -> None:
        for line in lines:
            if line.value is not None:
                self.value += line.value.amount
                self.currencies.add(line.value.currency)
            self.net_mass += line.net_mass.kilograms if line.net_mass else 0
            self.gross_mass += line.gross_mass.kilograms if line.gross_mass else 0
            self.quantity += line.quantity.amount if line.quantity else 0


class TotalsWatch:
    """Follows the rows in order; a total block followed by more goods was a subtotal, not the grand total."""

    def __init__(self, builder: LineBuilder) -> None:
        self._builder = builder
        self._block: list[NormalisedRow] = []  # total rows and the rows after them, while no goods follow
        self.problems: list[RowProblem] = []

    @property
    def holding(self) -> bool:
        return bool(self._block)

    def take(self, row: NormalisedRow) -> list[NormalisedRow]:
        """The rows to read as goods lines now (none while a total block may still be the last one)."""
        if row.is_total or (self._block and not row.has_figures):
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

    def finish(self, sums: LineSums) -> PrintedTotals:
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
        printed = PrintedTotals(**{f: figures.get(f) for f in ("value", "net_mass", "gross_mass", "quantity")})
        self._cross_check(total, printed, sums)
        return printed

    def _cross_check(self, total: NormalisedRow, printed: PrintedTotals, sums: LineSums) -> None:
        for name in ("value", "net_mass", "gross_mass", "quantity"):
            figure: Decimal | None = getattr(printed, name)
            if figure is None or (name == "value" and len(sums.currencies) > 1):
                continue
            summed: Decimal = getattr(sums, name)
            exponent = figure.as_tuple().exponent
            step = Decimal(1).scaleb(exponent) if isinstance(exponent, int) else _MIN_TOLERANCE
            if abs(figure - summed) > max(_MIN_TOLERANCE, step):
                reason = f"the printed total {figure} differs from the sum of the lines {summed}"
                self.problems.append(self._builder.problem(total, name, reason, Severity.WARNING))
