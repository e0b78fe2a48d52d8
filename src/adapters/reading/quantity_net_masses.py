"""A quantity column whose header names the net mass too: 'Количество (масса нетто)', column 10 of the Russian
ТОРГ-12, holds the quantity in each line's unit of measure, which is the net mass where that unit is one of mass.
So a line in kg (t, g) takes its net mass from it, converted to kilograms; a line in pieces or metres has none, and
the list none to give it: one error for the file says so, naming the column and how to give the net mass, rather than
a warning on every line and an error on every goods item later."""

import polars as pl

from adapters.reading.quantity_masses import KILOGRAMS_PER_UNIT
from adapters.reading.reading_plan import ReadingPlan
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_line import ProductLine

_LISTED = 10
_SCALE = 9  # decimals kept of a quantity in tonnes or grams turned into kilograms


def _trimmed(number: pl.Expr) -> pl.Expr:
    """A decimal's text without the zeros its scale pads it with: '1500.000000000' -> '1500'."""
    return number.cast(pl.String).str.replace(r"\.?0+$", "")


def net_masses_of_quantities(plan: ReadingPlan) -> list[pl.Expr]:
    """The normalised `net_mass` and `net_mass_n` of each row: its quantity, in kilograms, where its unit (or the
    quantity header's) is one of mass; empty elsewhere."""
    unit = pl.coalesce(pl.col("unit_code"), pl.lit(plan.default_unit, dtype=pl.String))
    quantity = pl.col("quantity_n")
    net = pl.lit(None, dtype=pl.String)
    for code, factor in KILOGRAMS_PER_UNIT.items():
        scaled = quantity.cast(pl.Decimal(38, _SCALE), strict=False) * pl.lit(factor, pl.Decimal(38, _SCALE))
        net = pl.when(unit == code).then(quantity if factor == 1 else _trimmed(scaled)).otherwise(net)
    return [pl.when(net.is_not_null()).then(pl.col("quantity")).alias("net_mass"), net.alias("net_mass_n")]


class UnweighedLines:
    """Counts, over the chunks, the goods lines left without a net mass by such a column, and names them once."""

    def __init__(self, plan: ReadingPlan) -> None:
        self._plan = plan
        self._count = 0
        self._places: list[str] = []

    def count(self, lines: list[ProductLine]) -> None:
        if not self._plan.layout.net_mass_in_quantity:
            return
        for line in lines:
            if line.net_mass is None:
                self._count += 1
                if len(self._places) < _LISTED:
                    self._places.append(line.place or f"row {line.row}")

    def problems(self) -> list[RowProblem]:
        if not self._count:
            return []
        column = self._plan.header("quantity")
        lines = "1 line in another unit" if self._count == 1 else f"{self._count} lines in other units"
        have = "has" if self._count == 1 else "have"
        more = f" and {self._count - _LISTED} more" if self._count > _LISTED else ""
        reason = (
            f"the column is the quantity in each line's unit of measure, the net mass only where that unit is kg, t "
            f"or g: {lines} ({', '.join(self._places)}{more}) {have} no net mass, and the list has no column that "
            "gives it; add a net mass column ('Масса нетто, кг', 'Net weight, kg'), or, if a column holds it, name it "
            "as net_mass=HEADER (--column, or the upload form's Columns); a declaration needs the net mass of every "
            "goods item"
        )
        return [RowProblem(None, column, reason, Severity.ERROR)]
