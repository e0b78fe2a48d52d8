"""A figure that reads two ways ('60,000': 60 or 60000, see mixed_number_styles) is read the other way than its
column when only that makes the column add up to the list's printed total: a Russian list writing masses '17 600'
and '60,000' (60 kg) beside amounts '13 500,00', whose «Итого» gives the net mass. The line's figure is read so,
with a warning naming the cell. Reading it the other way takes all the column's two-way figures together. When a
figure is on a line handed on in an earlier chunk, it cannot be read again: the total row gets an error instead."""

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from adapters.reading.line_number_style import read_as_its_line_reason
from adapters.reading.line_sums import SUMMED_FIELDS, LineSums, agrees
from adapters.reading.numbers import other_way_factor
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_line import ProductLine
from domain.goods.product_list import PrintedTotals

_MEASURED = {"value": "amount", "quantity": "amount", "net_mass": "kilograms", "gross_mass": "kilograms"}


@dataclass(slots=True)
class TwoWayFigure:
    """A line's figure in doubt, `other` its line figure read the other way, `warning` the line's warning on it."""

    line: ProductLine
    field: str
    written: str
    other: Decimal
    warning: RowProblem

    @property
    def read(self) -> Decimal:
        return getattr(getattr(self.line, self.field), _MEASURED[self.field])

    def cell(self) -> str:
        """Its row as the sheet's own (the warning's): a line of an earlier chunk may count on over other sheets by
        now (ADR 0034)."""
        return f"row {self.warning.row} '{self.written}' ({self.line.place})"

    def read_other_way(self, total: Decimal, header: str | None) -> None:
        """The line's figure read the other way, its warning saying the printed total settled it."""
        before = self._read_other_way()
        reason = (
            f"'{self.written}' reads two ways: it is read as {self.other.normalize():f}, as the printed total "
            f"{total} of column '{header}' settled it: the column adds up to that total only so; read as the "
            f"column's other figures are, it would be {before.normalize():f}: check it ({self.line.place})"
        )
        self._warn(reason)

    def read_as_its_line(self, example: str) -> None:
        """The line's figure read the other way, as the line's other figures write decimals (see line_number_style)."""
        before = self._read_other_way()
        reason = read_as_its_line_reason(
            self.written, f"{self.other.normalize():f}", example, f"{before.normalize():f}"
        )
        self._warn(f"{reason} ({self.line.place})")

    def _read_other_way(self) -> Decimal:
        before = self.read
        setattr(self.line, self.field, replace(getattr(self.line, self.field), **{_MEASURED[self.field]: self.other}))
        return before

    def _warn(self, reason: str) -> None:
        problems = self.line.problems
        problems[:] = [replace(p, reason=reason) if p is self.warning else p for p in problems]


class TwoWayFigures:
    """The two-way figures of the lines read, those of earlier chunks apart (their lines are handed on)."""

    def __init__(self) -> None:
        self.current: list[TwoWayFigure] = []
        self._handed_on: list[TwoWayFigure] = []

    def add(
        self,
        line: ProductLine,
        field: str,
        written: str,
        decimal_comma: bool,
        warning: RowProblem,
        line_style: tuple[bool, str] | None = None,
    ) -> None:
        """A figure of a summed field, read as its column reads it, with its line's figure read the other way; read
        so at once when `line_style`, how the line's other figures write decimals, is the other way."""
        if field not in _MEASURED or getattr(line, field) is None:
            return
        if (factor := other_way_factor(written, decimal_comma)) is not None:
            figure = getattr(getattr(line, field), _MEASURED[field])
            two_way = TwoWayFigure(line, field, written, figure * factor, warning)
            if line_style is not None and line_style[0] != decimal_comma:
                two_way.read_as_its_line(line_style[1])
            else:
                self.current.append(two_way)

    def start_chunk(self) -> None:
        self._handed_on += self.current
        self.current = []

    def settle(
        self,
        printed: PrintedTotals,
        sums: LineSums,
        header: Callable[[str], str | None],
        at_total: Callable[[str, str, Severity], RowProblem],
    ) -> list[RowProblem]:
        """Reads the figures the other way where only that makes a printed total agree, updating `sums`; an error
        at the total for figures handed on."""
        problems = []
        for name in SUMMED_FIELDS:
            total: Decimal | None = getattr(printed, name)
            summed: Decimal = getattr(sums, name)
            handed_on = [figure for figure in self._handed_on if figure.field == name]
            figures = [*handed_on, *(figure for figure in self.current if figure.field == name)]
            if total is None or not figures or agrees(total, summed) or (name == "value" and len(sums.currencies) > 1):
                continue
            moved = sum((figure.other - figure.read for figure in figures), Decimal(0))
            if not agrees(total, summed + moved):
                continue
            if handed_on:
                problems.append(at_total(name, _unsettled(total, figures), Severity.ERROR))
                continue
            for figure in figures:
                figure.read_other_way(total, header(name))
            setattr(sums, name, summed + moved)
        return problems


def _unsettled(total: Decimal, figures: list[TwoWayFigure]) -> str:
    cells = "; ".join(figure.cell() for figure in figures)
    return (
        f"the printed total {total} agrees with the sum of the lines only if the figures of this column that read "
        f"two ways are read the other way: {cells}; they were read as the column's other figures are: check them"
    )
