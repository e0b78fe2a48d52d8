"""A quantity or unit price that reads two ways ('1.500') is read, on its line, the way quantity x unit price =
amount holds when only the reading its column does not take makes it hold: in a file writing decimal commas,
'1.500' t x '2.400,00' = '3.600,00' is 1.5 t, beside '1.500' pieces x '2,40' = '3.600,00' read as 1500. The
column's reading is settled for the whole file (see number_style_plan); this line is read otherwise, with a warning.
Figures a header scales (per package, in thousands), and a workbook's number cells, are left to their columns'
reading."""

from decimal import Decimal

import polars as pl

from adapters.reading.amount_agreement import product_tolerance
from adapters.reading.numbers import parse_number, with_numbers
from adapters.reading.reading_plan import ReadingPlan

_FACTORS = ("quantity", "unit_price")


def _number(name: str) -> pl.Expr:
    return pl.col(name).cast(pl.Float64, strict=False)


def _holds(quantity: pl.Expr, price: pl.Expr, value: pl.Expr) -> pl.Expr:
    return ((quantity * price - value).abs() <= product_tolerance(value)).fill_null(False)


def with_agreeing_factors(frame: pl.LazyFrame, plan: ReadingPlan) -> pl.LazyFrame:
    """`frame` with its numbers read (`quantity_n`, ...): each factor read the other way on the rows where only that
    makes the product hold, and `read_otherwise`, the fields read so on the row ('quantity'), or null."""
    scaled = (plan.per_package | plan.header_factors.keys()) & {*_FACTORS, "value"}  # 'QTY/CTN', 'тыс. руб.'
    if scaled or not all(field in plan.layout.columns for field in (*_FACTORS, "value")):
        return frame.with_columns(read_otherwise=pl.lit(None, dtype=pl.String))
    other_way = {
        field: ~comma if isinstance(comma := plan.decimal_comma(field), pl.Expr) else not comma for field in _FACTORS
    }
    frame = with_numbers(frame, other_way, suffix="_other")
    value, swapped = _number("value_n"), []
    for field, other_factor in zip(_FACTORS, reversed(_FACTORS), strict=True):
        own, other, factor = _number(f"{field}_n"), _number(f"{field}_other"), _number(f"{other_factor}_n")
        typed = plan.number_rows.get(field)  # a workbook's number cell reads one way only
        written = ~pl.col("position").is_in(list(typed)) if typed else pl.lit(value=True)
        otherwise = ~_holds(own, factor, value) & _holds(other, factor, value) & written
        frame = frame.with_columns(
            pl.when(otherwise).then(pl.col(f"{field}_other")).otherwise(pl.col(f"{field}_n")).alias(f"{field}_n"),
            otherwise.alias(f"{field}_otherwise"),
        )
        swapped.append(pl.when(pl.col(f"{field}_otherwise")).then(pl.lit(field)))
    read_otherwise = pl.concat_str(swapped, separator=",", ignore_nulls=True)
    temporary = [f"{field}_{suffix}" for field in _FACTORS for suffix in ("other", "otherwise")]
    return frame.with_columns(read_otherwise=pl.when(read_otherwise != "").then(read_otherwise)).drop(temporary)


def read_otherwise_reason(written: str, read: str, column_comma: bool) -> str:
    """The warning on a line whose figure agreeing_factors reads otherwise than its column."""
    separator = "','" if column_comma else "'.'"
    as_the_column, read_here = parse_number(written, decimal_comma=column_comma), Decimal(read).normalize()
    return (
        f"'{written}' reads two ways: it is read as {read_here:f}, with which quantity x unit price = amount holds; "
        f"the column's other figures are read with {separator} as the decimal separator, which would make it "
        f"{as_the_column}: check it"
    )
