"""One chunk of raw rows to typed, normalised columns, vectorised in Polars; Python objects come later."""

from typing import NamedTuple

import polars as pl

from adapters.reading.column_mapping import map_distinct
from adapters.reading.countries import country_code
from adapters.reading.currencies import currency_code
from adapters.reading.numbers import canonical_number, is_blank
from adapters.reading.raw_table import column_name
from adapters.reading.reading_plan import NUMERIC_FIELDS, TEXT_FIELDS, ReadingPlan
from adapters.reading.total_rows import total_label
from adapters.reading.units import unit_code

_CODE_PUNCTUATION = r"[\s.\-/,]"


class NormalisedRow(NamedTuple):
    """One data row after normalisation; `*_n` are canonical numbers as text, `*_code` looked-up codes."""

    position: int
    description: str | None
    unit: str | None
    origin: str | None
    declared_code: str | None
    package_kind: str | None
    currency: str | None
    quantity: str | None
    net_mass: str | None
    gross_mass: str | None
    value: str | None
    unit_price: str | None
    packages: str | None
    quantity_n: str | None
    net_mass_n: str | None
    gross_mass_n: str | None
    value_n: str | None
    unit_price_n: str | None
    packages_n: str | None
    unit_code: str | None
    origin_code: str | None
    currency_code: str | None
    declared_digits: str | None
    is_total: bool
    has_figures: bool


def _raw_fields(plan: ReadingPlan) -> list[pl.Expr]:
    columns = plan.layout.columns
    return [
        pl.col(column_name(columns[field])).str.strip_chars().alias(field)
        if field in columns
        else pl.lit(None, dtype=pl.String).alias(field)
        for field in (*TEXT_FIELDS, *NUMERIC_FIELDS)
    ]


def _any(expressions: list[pl.Expr]) -> pl.Expr:
    return pl.any_horizontal(expressions) if expressions else pl.lit(False)


def normalise_chunk(raw: pl.DataFrame, first_position: int, plan: ReadingPlan) -> list[NormalisedRow]:
    """Rows of one chunk with blanks dropped; `first_position` is the frame row of the chunk's first row."""
    mapped = plan.layout.columns
    labels = [column_name(i) for i in plan.label_columns if i < raw.width]
    details = [~is_blank(pl.col(column_name(mapped[f]))) for f in ("unit", "origin", "declared_code") if f in mapped]
    frame = (
        raw.lazy()
        .with_columns(
            position=pl.int_range(pl.len()) + first_position,
            is_total=total_label(labels, _any(details)),
        )
        .filter(~pl.all_horizontal([is_blank(pl.col(c)) for c in raw.columns]))
        .select("position", *_raw_fields(plan), "is_total")
        .with_columns(
            *(canonical_number(pl.col(f), plan.decimal_comma.get(f, False)).alias(f"{f}_n") for f in NUMERIC_FIELDS),
            pl.col("declared_code").str.replace_all(_CODE_PUNCTUATION, "").alias("declared_digits"),
        )
        .with_columns(
            has_figures=_any([~is_blank(pl.col(f)) for f in NUMERIC_FIELDS if f in mapped]),
        )
        .collect()
    )
    frame = frame.with_columns(
        unit_code=map_distinct(frame.get_column("unit"), unit_code),
        origin_code=map_distinct(frame.get_column("origin"), country_code),
        currency_code=map_distinct(frame.get_column("currency"), currency_code),
    )
    return [NormalisedRow._make(row) for row in frame.select(NormalisedRow._fields).iter_rows()]
