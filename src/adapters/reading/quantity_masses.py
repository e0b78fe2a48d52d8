"""A quantity in a unit of mass and the line's net mass weigh the same goods, so they are cross-checked. When
they differ by more than a tenth, a warning names both columns; near a factor of 1000 it says one of them is
likely in grams or tonnes. Neither is changed: which one is wrong is for the broker to say."""

from decimal import Decimal

import polars as pl

from adapters.reading.reading_plan import ReadingPlan
from adapters.reading.row_report import Report
from domain.goods.problems import Severity
from domain.goods.product_line import ProductLine

KILOGRAMS_PER_UNIT = {"KGM": Decimal(1), "GRM": Decimal("0.001"), "TNE": Decimal(1000)}
TOLERANCE = Decimal("0.1")  # of the larger: packing, moisture or rounding may part them a little
_LOOSE_TOLERANCE = 0.9 * float(TOLERANCE)  # picks, in floats, every row the exact check may warn on
_THOUSAND = Decimal(1000)


def _ratio_in_words(weighed: Decimal, net: Decimal) -> str | None:
    """'1000 times' or 'a thousandth of' when that is what separates them, within the tolerance."""
    for ratio, words in ((weighed / net, "1000 times"), (net / weighed, "a thousandth of")):
        if abs(ratio - _THOUSAND) <= TOLERANCE * _THOUSAND:
            return words
    return None


def _net_mass_in_words(net: Decimal, plan: ReadingPlan, written: str | None) -> str:
    """ "the net mass 10 kg in column 'Net weight, kg'"; from a column in grams or tonnes, or of one unit's mass,
    the figure in kilograms and the cell as written: "the net mass 10 kg ('0,01' in column 'Net weight, t')"."""
    column = plan.header("net_mass")
    if plan.header_factors.get("net_mass", 1) == 1 and "net_mass" not in plan.mass_per_item | plan.per_package:
        return f"the net mass {net} kg in column '{column}'"
    return f"the net mass {net.normalize():f} kg ('{written}' in column '{column}')"


def check_quantity_against_net_mass(
    line: ProductLine, report: Report, plan: ReadingPlan, written_net: str | None
) -> None:
    """`written_net`: the net mass cell as written."""
    if line.quantity is None or line.net_mass is None:
        return
    factor = KILOGRAMS_PER_UNIT.get(line.quantity.unit)
    weighed, net = (line.quantity.amount * factor if factor else None), line.net_mass.kilograms
    if weighed is None or weighed <= 0 or net <= 0 or abs(weighed - net) <= TOLERANCE * max(weighed, net):
        return
    quantity = f"the quantity {line.quantity.amount} {line.quantity.unit}"
    net_column = _net_mass_in_words(net, plan, written_net)
    if words := _ratio_in_words(weighed, net):
        reason = f"{quantity} is {words} {net_column}: one of them is likely in grams or tonnes"
    else:
        reason = f"{quantity} ({weighed} kg) and {net_column} differ by more than a tenth"
    line.problems.append(report("quantity", f"{reason}; both are kept as written, check them", Severity.WARNING))


def quantity_and_net_mass_may_disagree(plan: ReadingPlan) -> pl.Expr:
    """Vectorised and loose: rows whose mass-unit quantity and net mass differ by about a tenth or more."""
    units = {code: float(factor) for code, factor in KILOGRAMS_PER_UNIT.items()}
    unit = pl.coalesce(pl.col("unit_code"), pl.lit(plan.default_unit, dtype=pl.String))
    factor = unit.replace_strict(units, default=None, return_dtype=pl.Float64)
    weighed = pl.col("quantity_n").cast(pl.Float64, strict=False) * factor
    net_factor = float(plan.header_factors.get("net_mass", 1))
    net = pl.col("net_mass_n").cast(pl.Float64, strict=False) * net_factor
    return ((weighed - net).abs() > _LOOSE_TOLERANCE * pl.max_horizontal(weighed, net)).fill_null(False)
