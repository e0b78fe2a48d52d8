"""One chunk of raw rows to typed, normalised columns, vectorised in Polars; Python objects come later."""

from functools import partial

import polars as pl

from adapters.reading.agreeing_factors import with_agreeing_factors
from adapters.reading.amount_agreement import product_tolerance
from adapters.reading.cell_currencies import (
    AMOUNT_FIELDS,
    formatted_otherwise,
    marked_currency,
    other_currency,
    with_format_marks,
    with_formats_shown,
)
from adapters.reading.cells_as_read import cells_as_read
from adapters.reading.column_mapping import map_distinct
from adapters.reading.currencies import currency_code
from adapters.reading.excel_errors import EXCEL_ERROR
from adapters.reading.figure_checks import maybe_too_large
from adapters.reading.figure_totals import may_add_up_rows_above
from adapters.reading.group_sums import group_sum_rows
from adapters.reading.line_checks import FORMULA_LIKE
from adapters.reading.normalised_row import NormalisedRow
from adapters.reading.numbers import is_blank, with_numbers
from adapters.reading.numeric_countries import origin_reading
from adapters.reading.okei_units import okei_unit
from adapters.reading.other_digits import ascii_digits
from adapters.reading.package_counts import needs_package_checks, with_package_counts
from adapters.reading.package_kinds import package_kind_code
from adapters.reading.quantity_masses import quantity_and_net_mass_may_disagree
from adapters.reading.quantity_net_masses import net_masses_of_quantities
from adapters.reading.raw_table import column_name
from adapters.reading.reading_plan import NUMERIC_FIELDS, TEXT_FIELDS, ReadingPlan
from adapters.reading.row_labels import OWN_MEASURES, any_true, billed_once, row_labels
from adapters.reading.scientific_notation import SCIENTIFIC
from adapters.reading.units import unit_cell_code

_CODE_PUNCTUATION = r"[\s.\-/,]"
_CLEAN_CODE = r"^(?:0[1-9]|[1-9]\d)(?:\d{2}){1,6}$"  # 4 to 14 digits in pairs, of a chapter from 01
_ROW_LABELS = ("is_total", "maybe_total", "charge_label", "lone_text")


def _raw_fields(plan: ReadingPlan) -> list[pl.Expr]:
    cell = cells_as_read(plan.layout, plan.package_kind)
    missing = pl.lit(None, dtype=pl.String)
    return [cell.get(field, missing).alias(field) for field in (*TEXT_FIELDS, *NUMERIC_FIELDS)]


def _okei(plan: ReadingPlan) -> pl.Expr:
    """The ОКЕИ code of the line's unit (see okei_units), or null."""
    column = plan.layout.okei_column
    okei = pl.lit(None, dtype=pl.String) if column is None else pl.col(column_name(column)).str.strip_chars()
    return okei.alias("okei")


def _number(field: str) -> pl.Expr:
    return pl.col(f"{field}_n").cast(pl.Float64, strict=False)


def _unknown(field: str) -> pl.Expr:
    return ~is_blank(pl.col(field)) & pl.col(f"{field}_code").is_null()


def _extra_fields(raw: pl.DataFrame, plan: ReadingPlan) -> pl.Expr:
    """How many fields of a CSV row hold text right of the header (a workbook's cells there: unheaded_cells)."""
    beyond = [name for name in raw.columns if int(name[1:]) >= plan.layout.width]
    if plan.is_workbook or not beyond:
        return pl.lit(0, dtype=pl.UInt32)
    return pl.sum_horizontal([(~is_blank(pl.col(name))).cast(pl.UInt32) for name in beyond])


def _needs_checks(plan: ReadingPlan) -> pl.Expr:
    """A loose, vectorised superset of the conditions line_checks reports on; rows outside it skip the checks."""
    quantity, price, value = _number("quantity"), _number("unit_price"), _number("value")
    net, gross = _number("net_mass"), _number("gross_mass")
    unit_missing = plan.default_unit is None and "unit" in plan.layout.columns
    return any_true(
        [
            *(~is_blank(pl.col(f)) & pl.col(f"{f}_n").is_null() for f in NUMERIC_FIELDS),
            is_blank(pl.col("description")),
            is_blank(pl.col("net_mass")) & pl.lit("net_mass" in plan.layout.columns),
            is_blank(pl.col("quantity")) & pl.lit("quantity" in plan.layout.columns),
            is_blank(pl.col("value")) & pl.lit("value" in plan.layout.columns),
            pl.lit(bool(plan.mass_per_item)),  # masses of one unit: checked once multiplied, row by row
            pl.lit(bool(plan.per_package)),  # figures of one package: multiplied with a note, row by row
            pl.col("description").str.contains(FORMULA_LIKE),
            ~pl.col("has_figures"),
            quantity <= 0,
            net < 0,
            gross < 0,
            net >= gross,
            value <= 0,
            price <= 0,
            (quantity * price - value).abs() > product_tolerance(value),
            _unknown("origin"),
            _unknown("unit"),
            _unknown("package_kind"),
            _unknown("currency"),
            quantity.is_not_null() & is_blank(pl.col("unit")) & pl.lit(unit_missing),
            pl.col("declared_digits").is_not_null() & ~pl.col("declared_digits").str.contains(_CLEAN_CODE),
            # ten digits or more may be past the declaration's xs:int
            pl.col("packages_n").is_not_null() & ~pl.col("packages_n").str.contains(r"^\d{1,9}$"),
            pl.col("extra_fields") > 0,
            pl.col("position").is_in(list(plan.cleaned_fields)),
            pl.col("position").is_in(list(plan.two_way_figures)),
            pl.col("read_otherwise").is_not_null(),
            pl.col("position").is_in(list(plan.unsaved_formulas)),
            pl.col("position").is_in(list(plan.shifted_rows)),
            *(pl.col(f).str.contains(EXCEL_ERROR) for f in TEXT_FIELDS if f in plan.layout.columns),
            *(pl.col(f).str.contains(SCIENTIFIC) for f in (*NUMERIC_FIELDS, "declared_code")),
            other_currency(plan.currency),
            formatted_otherwise(plan.currency),
            maybe_too_large(plan),
            quantity_and_net_mass_may_disagree(plan),
            needs_package_checks(plan),
        ]
    )


def normalise_chunk(raw: pl.DataFrame, first_position: int, plan: ReadingPlan) -> pl.DataFrame:
    """The chunk's rows, blanks dropped, with the columns of NormalisedRow and `slow`: rows that need the
    checks or are, or may be, total rows. `first_position` is the frame row of the chunk's first row."""
    mapped = plan.layout.columns
    frame = (
        raw.lazy()
        .with_columns(
            position=pl.int_range(pl.len()) + first_position,
            **row_labels(plan.layout, plan.label_columns, raw.width),
            extra_fields=_extra_fields(raw, plan),
        )
        .filter(~pl.all_horizontal([is_blank(pl.col(c)) | pl.col(c).str.contains(EXCEL_ERROR) for c in raw.columns]))
        .select("position", *_raw_fields(plan), _okei(plan), *_ROW_LABELS, "extra_fields")
    )
    frame = with_numbers(frame, {f: plan.decimal_comma(f) for f in NUMERIC_FIELDS})
    frame = with_agreeing_factors(frame, plan).with_columns(
        ascii_digits(pl.col("declared_code")).str.replace_all(_CODE_PUNCTUATION, "").alias("declared_digits"),
        pl.col("description", "package_kind").str.replace_all(r"\s+", " "),
        *(marked_currency(field) for field in AMOUNT_FIELDS),
        has_figures=any_true([~is_blank(pl.col(f)) for f in NUMERIC_FIELDS if f in mapped]),
        is_charge=pl.col("charge_label").is_not_null()
        & ~pl.col("is_total")
        & ~pl.col("maybe_total")
        & pl.all_horizontal([pl.col(f"{f}_n").is_null() for f in OWN_MEASURES if f != "quantity"])
        & (pl.col("quantity_n").is_null() | billed_once()),
    )
    collected = frame.collect()
    normalised = collected.with_columns(
        *(map_distinct(collected.get_column(f"{f}_currency"), currency_code) for f in AMOUNT_FIELDS),
        unit_code=pl.coalesce(
            map_distinct(collected.get_column("unit"), partial(unit_cell_code, language=plan.language_units)),
            map_distinct(collected.get_column("okei"), okei_unit),  # where the name is empty or not known
        ),
        origin_code=map_distinct(collected.get_column("origin"), origin_reading(plan.layout.written.get("origin"))),
        package_kind_code=map_distinct(collected.get_column("package_kind"), package_kind_code),
        currency_code=map_distinct(collected.get_column("currency"), currency_code),
    )
    if plan.layout.net_mass_in_quantity:  # 'Количество (масса нетто)': the net mass of a line in kg
        normalised = normalised.with_columns(net_masses_of_quantities(plan))
    normalised = with_package_counts(normalised, plan)  # '25 kg bags': how many, from the masses (package_counts)
    normalised = with_format_marks(normalised, plan.format_marks)
    normalised = with_formats_shown(normalised, plan.checked_formats).with_columns(needs_checks=_needs_checks(plan))
    return normalised.with_columns(group_sum_rows(normalised, "quantity" in plan.layout.columns)).with_columns(
        slow=pl.col("needs_checks")
        | pl.col("is_total")
        | pl.col("maybe_total")
        | pl.col("is_charge")
        | pl.col("is_group_sum")
        | may_add_up_rows_above(),
        origin_code=_with_stated_origin(plan),  # only now: a group heading has no origin of its own (group_sums)
    )


def _with_stated_origin(plan: ReadingPlan) -> pl.Expr:
    """The row's own origin; the one the list states for all lines where its origin cell is empty."""
    if plan.stated_origin is None:
        return pl.col("origin_code")
    return pl.when(is_blank(pl.col("origin"))).then(pl.lit(plan.stated_origin)).otherwise(pl.col("origin_code"))


def row_by_row(frame: pl.DataFrame) -> list[NormalisedRow]:
    return list(map(NormalisedRow._make, frame.select(NormalisedRow._fields).iter_rows()))
