"""What the reader settles once per file from the header and the first rows, then applies to every chunk."""

from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal
from functools import partial

import polars as pl

from adapters.reading.cell_currencies import format_marks
from adapters.reading.declared_codes import DeclaredCodes
from adapters.reading.file_currency import file_currency
from adapters.reading.file_lines import FileLines
from adapters.reading.header_detection import HeaderLayout
from adapters.reading.header_notes import kilograms_per_header_unit, unit_in_header
from adapters.reading.header_scale import SCALED_FIELDS, scale_in_header
from adapters.reading.mass_per_item import gives_mass_per_item
from adapters.reading.mixed_number_styles import OtherWay
from adapters.reading.number_style_plan import plan_number_styles
from adapters.reading.numbers import ColumnStyle
from adapters.reading.package_contents import figure_per_package
from adapters.reading.package_kinds import kind_in_header
from adapters.reading.raw_table import RawTable
from adapters.reading.row_labels import not_goods_rows
from adapters.reading.row_runs import RowRuns
from adapters.reading.stale_formats import stale_format_fields
from adapters.reading.stray_delimiters import shifted_rows
from adapters.reading.total_rows import total_label_columns
from adapters.reading.unit_languages import language_units
from domain.goods.currency_source import CurrencySource

NUMERIC_FIELDS = ("quantity", "net_mass", "gross_mass", "value", "unit_price", "packages")
TEXT_FIELDS = ("description", "unit", "origin", "declared_code", "package_kind", "currency")
FILL_DOWN_FIELDS = ("description", "specification", "unit", "origin", "declared_code", "package_kind", "currency")


@dataclass(frozen=True, slots=True)
class ReadingPlan:
    layout: HeaderLayout
    is_workbook: bool
    file_lines: FileLines  # a CSV's, to name the line of a row
    sheet: str | None  # the sheet read, in a workbook of several, to name it with a row
    number_styles: dict[str, ColumnStyle]
    currency: str | None
    currency_source: CurrencySource | None  # where the file's currency was read: "from the header 'Amount, USD'"
    default_unit: str | None
    language_units: dict[str, str]  # how the header row's language reads some units ('mt': metres in Turkish)
    # the origin the list states below its header for each line with none of its own (see origin_statements)
    stated_origin: str | None
    # field -> what the header makes its figures be multiplied by: kilograms per its mass unit, or its scale
    # ("Amount, '000 USD": 1000, see header_scale)
    header_factors: dict[str, Decimal]
    mass_per_item: frozenset[str]  # the mass fields whose column gives the mass of one unit (see mass_per_item)
    per_package: frozenset[str]  # the fields whose column gives one package's share (see per_package_figures)
    package_kind: str | None  # the kind of package the packages header names ('CTNS': CT), see package_kinds
    label_columns: tuple[int, ...]  # where a TOTAL / ИТОГО label may stand: description and unmapped columns
    cleaned_fields: dict[int, tuple[str, ...]]  # frame row -> fields whose cell had control characters removed
    unsaved_formulas: dict[int, tuple[str, ...]]  # frame row -> fields whose cell is a formula with no saved value
    shifted_rows: dict[int, str]  # frame row -> why its cells cannot be trusted (see stray_delimiters)
    number_rows: dict[str, frozenset[int]]  # field -> frame rows whose cell is a number (decimal-comma columns,
    # and the quantity and unit price)
    other_ways: dict[str, OtherWay]  # fields read one way in a file whose other columns write decimals the other
    two_way_figures: dict[int, tuple[str, ...]]  # frame row -> fields of other_ways whose figure reads two ways
    line_styles: dict[int, tuple[bool, str]]  # frame row -> how its line writes decimals (see line_number_style)
    format_marks: dict[str, RowRuns]  # amount field -> currencies number formats show, if stated nowhere else
    # amount field -> currencies number formats show where the list states its own (only checked: ADR 0020)
    checked_formats: dict[str, RowRuns]
    stale_format_fields: frozenset[str]  # amount fields warned of once for all their cells in checked_formats
    codes: DeclaredCodes  # how the supplier's commodity codes are read for the declaring country

    def header(self, field: str) -> str | None:
        """The header as written of the column the field is read from."""
        if field == "net_mass" and self.layout.net_mass_in_quantity:
            return self.layout.written.get("quantity")  # 'Количество (масса нетто)' (see quantity_net_masses)
        return self.layout.written.get(field)

    def decimal_comma(self, field: str) -> bool | pl.Expr:
        """Whether the field's text writes decimals with a comma; per row when some of its cells are numbers."""
        style = self.number_styles.get(field)
        if style is None or not style.decimal_comma:
            return False
        rows = self.number_rows.get(field)
        return ~pl.col("position").is_in(list(rows)) if rows else True


def _fields_by_row(cells: set[tuple[int, int]], layout: HeaderLayout) -> dict[int, tuple[str, ...]]:
    """(row, column) cells -> for each data row, the fields of its cells among them."""
    fields = {column: field for field, column in layout.columns.items()}
    by_row: dict[int, tuple[str, ...]] = {}
    for row, column in sorted(cells):
        if row >= layout.first_data_row and column in fields:
            by_row[row] = (*by_row.get(row, ()), fields[column])
    return by_row


def _checked_formats(table: RawTable, layout: HeaderLayout, currency: str | None) -> dict[str, RowRuns]:
    """The currencies the amount cells' formats show, to warn where one differs from the line's; without a currency
    column, only the runs of another currency than the list's (usually none, so nothing is looked up per row)."""
    shown = format_marks(table.format_currencies, layout.columns)
    if currency is None or "currency" in layout.columns:
        return shown
    return {field: other for field, runs in shown.items() if (other := runs.other_than(currency))}


def _scales(layout: HeaderLayout) -> dict[str, Decimal]:
    """The amount, price and quantity fields whose header states a scale ('000 USD'), and the scale."""
    return {
        field: scale
        for field in SCALED_FIELDS
        if field in layout.written and (scale := scale_in_header(layout.written[field])) is not None
    }


def plan_reading(
    table: RawTable,
    layout: HeaderLayout,
    sample: pl.DataFrame,
    left_out: Collection[int],
    stated_origin: str | None,
    codes: DeclaredCodes,
) -> ReadingPlan:
    """`sample` is the first chunk of data rows, raw, with the table's own columns; `left_out` the rows below
    the header that are not read as lines; `stated_origin` the country of origin the list states for all lines."""
    package_kind = kind_in_header(layout.written["packages"]) if "packages" in layout.written else None
    numbers = plan_number_styles(table, layout, sample, package_kind, NUMERIC_FIELDS)
    quantity_header = layout.written.get("quantity")
    if quantity_header and "quantity" in layout.per_package:  # 'QTY/CTN (PCS)' counts pieces, not cartons
        quantity_header = figure_per_package(quantity_header)
    currency, currency_source, shown = file_currency(table, layout, sample, left_out)
    checked = {} if shown else _checked_formats(table, layout, currency)
    not_goods = partial(not_goods_rows, table.frame, layout)
    units = language_units(layout.written.values())
    return ReadingPlan(
        layout=layout,
        is_workbook=table.is_workbook,
        file_lines=table.file_lines,
        sheet=table.sheet,
        number_styles=numbers.styles,
        currency=currency,
        currency_source=currency_source,
        default_unit=unit_in_header(quantity_header, units) if quantity_header else None,
        language_units=units,
        stated_origin=stated_origin,
        header_factors={
            field: kilograms_per_header_unit(layout.written[field])
            for field in ("net_mass", "gross_mass")
            if field in layout.written
        }
        | _scales(layout),
        mass_per_item=frozenset(
            field
            for field in ("net_mass", "gross_mass")
            if field in layout.written and "quantity" in layout.columns and gives_mass_per_item(layout.written[field])
        ),
        per_package=layout.per_package,
        package_kind=package_kind,
        label_columns=total_label_columns(layout, sample.width),
        cleaned_fields=_fields_by_row(table.cleaned_cells, layout),
        unsaved_formulas=_fields_by_row(table.unsaved_formulas, layout),
        shifted_rows=shifted_rows(table, layout),
        number_rows=numbers.number_rows,
        other_ways=numbers.other_ways,
        two_way_figures=numbers.two_way_figures,
        line_styles=numbers.line_styles,
        format_marks=shown,
        checked_formats=checked,
        stale_format_fields=stale_format_fields(checked, currency, layout.first_data_row, left_out, not_goods),
        codes=codes,
    )
