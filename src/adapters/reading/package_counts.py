"""How many packages a line has when its packing cell gives each one's size ('25 kg bags': package_sizes): the
line's net mass over the size (its gross mass where it states no net mass, its quantity where that is in a mass
unit), or its quantity in litres or cubic metres over a size in litres ('200 l drums'), when that is a whole or
near-whole number (40 000 kg in 25 kg bags: 1600 bags). Otherwise the count stays unstated, with a warning on the
row. And a count that makes one bag, carton or box weigh more than 1.5 t is named on its row as implausible."""

from decimal import Decimal

import polars as pl

from adapters.reading.column_mapping import map_distinct
from adapters.reading.normalised_row import NormalisedRow
from adapters.reading.package_sizes import package_size
from adapters.reading.reading_plan import ReadingPlan
from adapters.reading.row_report import Report
from domain.goods.problems import Severity
from domain.goods.product_line import ProductLine

SIZE = "package_size"  # the frame's column of each package's size: 'M25' (kg), 'V200' (litres)
_MASS_UNITS = {"KGM": 1.0, "TNE": 1000.0, "GRM": 0.001}
_VOLUME_UNITS = {"LTR": 1.0, "MLT": 0.001, "MTQ": 1000.0}
# kinds of package a person or a forklift handles whole: one weighing more than this is a misread count
_HANDLED = frozenset({"BG", "SA", "CT", "BX"})
MOST_PER_PACKAGE = Decimal(1500)  # kg


def _mass(field: str, plan: ReadingPlan) -> pl.Expr:
    mass = pl.col(f"{field}_n").cast(pl.Float64, strict=False) * float(plan.header_factors.get(field, 1))
    if field in plan.mass_per_item:  # the mass of one unit (mass_per_item)
        mass = mass * pl.col("quantity_n").cast(pl.Float64, strict=False)
    return mass


def _quantity_in(units: dict[str, float], plan: ReadingPlan) -> pl.Expr:
    quantity = pl.col("quantity_n").cast(pl.Float64, strict=False) * float(plan.header_factors.get("quantity", 1))
    return quantity * pl.col("unit_code").replace_strict(units, default=None, return_dtype=pl.Float64)


def with_package_counts(frame: pl.DataFrame, plan: ReadingPlan) -> pl.DataFrame:
    """The frame with SIZE, and `packages_n` counted from it where the cell gave a size and no count."""
    frame = frame.with_columns(map_distinct(frame.get_column("package_kind"), package_size).alias(SIZE))
    measure, size = pl.col(SIZE).str.slice(0, 1), pl.col(SIZE).str.slice(1).cast(pl.Float64)
    masses = pl.coalesce(_mass("net_mass", plan), _mass("gross_mass", plan), _quantity_in(_MASS_UNITS, plan))
    basis = pl.when(measure == "M").then(masses).otherwise(_quantity_in(_VOLUME_UNITS, plan))
    count = basis / size
    whole = (count - count.round()).abs() <= pl.max_horizontal(pl.lit(0.05), count * 0.0005)
    counted = pl.col("packages_n").is_null() & whole & (count.round() >= 1)
    packages = pl.when(counted).then(count.round().cast(pl.Int64).cast(pl.String)).otherwise(pl.col("packages_n"))
    return frame.with_columns(packages_n=packages)


def needs_package_checks(plan: ReadingPlan) -> pl.Expr:
    """Rows package_notes may warn on: a size with no count, a bag, carton or box of more than 1.5 t."""
    mass = pl.coalesce(_mass("gross_mass", plan), _mass("net_mass", plan))
    heavy = mass / pl.col("packages_n").cast(pl.Float64, strict=False) > float(MOST_PER_PACKAGE)
    kind = pl.col("package_kind_code").is_in(list(_HANDLED))
    return (pl.col(SIZE).is_not_null() & pl.col("packages_n").is_null()) | (kind & heavy).fill_null(False)


def package_notes(row: NormalisedRow, line: ProductLine, report: Report, fields: frozenset[str]) -> None:
    """Warns, on the row, of a packing cell giving each package's size whose count cannot be worked out, and of a
    count making one bag, carton or box weigh more than 1.5 t."""
    written = row.package_kind or ""
    field = "package_kind" if "package_kind" in fields else "packages"
    if line.packages is None and (size := package_size(written)):
        reason = f"'{written}' gives the size of each package, not how many there are; {_no_count(line, size)}, so "
        reason += "the number of packages is not stated: state it"
        line.problems.append(report(field, reason, Severity.WARNING))
    mass = line.gross_mass or line.net_mass
    if not line.packages or mass is None or line.package_kind not in _HANDLED:
        return
    each = mass.kilograms / line.packages
    if each > MOST_PER_PACKAGE:
        reason = (
            f"{line.packages} packages ({line.package_kind}) for {mass.kilograms.normalize():f} kg make "
            f"{each.quantize(Decimal(1))} kg a package, more than 1.5 t a bag, carton or box can weigh: is the "
            "figure the packages' count, or the size or mass of each?"
        )
        line.problems.append(report(field, reason, Severity.WARNING))


def _no_count(line: ProductLine, size: str) -> str:
    """Why the line's packages cannot be counted from its masses: '20030 kg of net mass over 50 kg is 400.6'."""
    mass, which = (line.net_mass, "net") if line.net_mass else (line.gross_mass, "gross")
    if size.startswith("M") and mass is not None:
        kilograms, each = mass.kilograms.normalize(), Decimal(size[1:])
        return f"{kilograms:f} kg of {which} mass over {each:f} kg is {kilograms / each:.2f} packages, no whole number"
    return "the line gives no mass (or quantity in litres) making a whole number of them"
