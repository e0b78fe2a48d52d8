"""The mapped cells of a raw frame as the reader reads them, by field: a unit written after a quantity or mass, or a
kind of package after the packages, taken out (see units_in_cells), 'F.O.C.' as a zero amount (see free_of_charge),
and the goods' specification joined to their description."""

from collections.abc import Callable
from functools import partial

import polars as pl

from adapters.reading.cell_currencies import AMOUNT_FIELDS
from adapters.reading.column_mapping import map_distinct
from adapters.reading.free_of_charge import free_as_zero
from adapters.reading.header_detection import HeaderLayout
from adapters.reading.package_sizes import OPENING_COUNT, OPENS_WITH_DIGIT, OPENS_WITH_SIZE, SIZE
from adapters.reading.raw_table import column_name
from adapters.reading.specification_column import described
from adapters.reading.unit_languages import language_units
from adapters.reading.units import unit_cell_code
from adapters.reading.units_in_cells import mass_number, number_before_a_word, quantity_number, quantity_unit


def cells_as_read(layout: HeaderLayout, package_kind: str | None) -> dict[str, pl.Expr]:
    """Field -> its cell; `package_kind` the kind of package the packages header names ('CTNS': CT)."""
    columns = layout.columns
    cell = {field: pl.col(column_name(columns[field])).str.strip_chars() for field in columns}
    if "quantity" in cell:
        units = partial(unit_cell_code, language=language_units(layout.written.values()))
        cell["quantity"], cell["unit"] = _quantity_and_unit(cell["quantity"], cell.get("unit"), units)
    if "packages" in cell:  # '4 Kisten': the kind of package, unless a column states it; '4' under 'CTNS': cartons
        sized = _sized(cell["packages"])  # '25 kg bags': the cell names the kind, and no count (package_sizes)
        if "package_kind" not in cell:
            counted = cell["packages"].str.contains(r"\d")
            kind = pl.when(counted).then(pl.lit(package_kind, dtype=pl.String))
            written = pl.coalesce(quantity_unit(cell["packages"]), kind)
            cell["package_kind"] = pl.when(sized).then(cell["packages"]).otherwise(written)
        cell["packages"] = _count(cell["packages"], sized, quantity_number(cell["packages"]))
    elif "package_kind" in cell:  # 'Gebinde: 4 Kisten': the count too, when no column states it
        sized = _sized(cell["package_kind"])
        cell["packages"] = _count(cell["package_kind"], sized, number_before_a_word(cell["package_kind"]))
        written = pl.coalesce(quantity_unit(cell["package_kind"]), cell["package_kind"])
        cell["package_kind"] = pl.when(sized).then(cell["package_kind"]).otherwise(written)
    for mass in ("net_mass", "gross_mass"):
        if mass in cell:
            cell[mass] = mass_number(cell[mass])
    for amount in (field for field in AMOUNT_FIELDS if field in cell):  # 'F.O.C.': free goods, see free_of_charge
        cell[amount] = free_as_zero(cell[amount])
    if "specification" in cell:  # '9W E27' beside 'LED bulb': one description (see specification_column)
        cell["description"] = described(
            cell.get("description", pl.lit(None, dtype=pl.String)), cell.pop("specification")
        )
    return cell


def _quantity_and_unit(
    quantity: pl.Expr, unit: pl.Expr | None, unit_code: Callable[[str], str | None]
) -> tuple[pl.Expr, pl.Expr]:
    """A unit written after the quantity's number ('300 台', '300 pcs') is the line's unit where no unit column
    states one, or where the column names the same unit ('50 pcs' under 'шт'); beside a unit cell that names
    another, the quantity cell stays as written (a row problem)."""
    written = quantity_unit(quantity)
    if unit is None:
        return quantity_number(quantity), written
    unstated = unit.is_null() | (unit == "")
    agreeing = unstated | (_code(unit, unit_code) == _code(written, unit_code))
    number = pl.when(agreeing).then(quantity_number(quantity)).otherwise(quantity)
    return number, pl.when(unstated).then(written).otherwise(unit)


def _code(unit: pl.Expr, unit_code: Callable[[str], str | None]) -> pl.Expr:
    """The unit's code ('pcs', 'шт': H87), looked up once per distinct cell."""
    return unit.map_batches(lambda cells: map_distinct(cells, unit_code), return_dtype=pl.String)


def _sized(cell: pl.Expr) -> pl.Expr:
    """A packing cell giving each package's size and no count: '25 kg bags', 'мешки по 50 кг' (not '1600 bags x 25
    kg', which opens with its count)."""
    return cell.str.contains(OPENS_WITH_SIZE) | (~cell.str.contains(OPENS_WITH_DIGIT) & cell.str.contains(SIZE))


def _count(cell: pl.Expr, sized: pl.Expr, otherwise: pl.Expr) -> pl.Expr:
    """No count where the cell gives each package's size; the count it opens with beside a size ('1600 bags x 25
    kg'); else the number read `otherwise`."""
    opening = pl.when(cell.str.contains(SIZE)).then(cell.str.extract(OPENING_COUNT, 1).str.strip_chars())
    return pl.when(sized).then(pl.lit(None, dtype=pl.String)).otherwise(pl.coalesce(otherwise, opening))
