"""The mapped cells of a raw frame as the reader reads them, by field: a unit written after a quantity or mass, or a
kind of package after the packages, taken out (see units_in_cells), 'F.O.C.' as a zero amount (see free_of_charge),
and the goods' specification joined to their description."""

import polars as pl

from adapters.reading.cell_currencies import AMOUNT_FIELDS
from adapters.reading.free_of_charge import free_as_zero
from adapters.reading.header_detection import HeaderLayout
from adapters.reading.raw_table import column_name
from adapters.reading.specification_column import described
from adapters.reading.units_in_cells import mass_number, number_before_a_word, quantity_number, quantity_unit


def cells_as_read(layout: HeaderLayout, package_kind: str | None) -> dict[str, pl.Expr]:
    """Field -> its cell; `package_kind` the kind of package the packages header names ('CTNS': CT)."""
    columns = layout.columns
    cell = {field: pl.col(column_name(columns[field])).str.strip_chars() for field in columns}
    if "quantity" in cell and "unit" not in cell:  # beside a unit column a unit in the cell could disagree
        cell["unit"] = quantity_unit(cell["quantity"])
        cell["quantity"] = quantity_number(cell["quantity"])
    if "packages" in cell:  # '4 Kisten': the kind of package, unless a column states it; '4' under 'CTNS': cartons
        if "package_kind" not in cell:
            counted = cell["packages"].str.contains(r"\d")
            kind = pl.when(counted).then(pl.lit(package_kind, dtype=pl.String))
            cell["package_kind"] = pl.coalesce(quantity_unit(cell["packages"]), kind)
        cell["packages"] = quantity_number(cell["packages"])
    elif "package_kind" in cell:  # 'Gebinde: 4 Kisten': the count too, when no column states it
        cell["packages"] = number_before_a_word(cell["package_kind"])
        cell["package_kind"] = pl.coalesce(quantity_unit(cell["package_kind"]), cell["package_kind"])
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
