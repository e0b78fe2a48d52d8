"""A quantity or unit price that reads two ways ('1.500') is settled by the line's own figures: the reading
under which quantity x unit price = amount on more rows of the sample wins ('1.500' x 2.00 = 3000.00 is 1500)."""

from dataclasses import replace

import polars as pl

from adapters.reading.numbers import ColumnStyle, with_numbers

_FACTORS = ("quantity", "unit_price")
_RELATIVE_TOLERANCE = 0.0025  # as the row check allows: rounding of the price


def product_tolerance(value: pl.Expr) -> pl.Expr:
    """How far quantity x unit price may stand from the amount `value` and still hold: the price's rounding, at
    least half a cent."""
    return pl.max_horizontal(pl.lit(0.005), value.abs() * _RELATIVE_TOLERANCE)


def settled_by_amounts(
    sample: pl.DataFrame, columns: dict[str, str], styles: dict[str, ColumnStyle]
) -> dict[str, ColumnStyle]:
    """`columns`: field -> sample column name. Styles of guessed factors replaced where the amounts decide."""
    guessed = [field for field in _FACTORS if field in styles and styles[field].guessed]
    if not guessed or not all(field in columns for field in (*_FACTORS, "value")):
        return styles
    frame = sample.select(pl.col(columns[field]).alias(field) for field in (*_FACTORS, "value"))
    settled = dict(styles)
    for field in guessed:
        agreeing = {comma: _agreeing(frame, {**_commas(styles), field: comma}) for comma in (False, True)}
        if agreeing[False] != agreeing[True]:
            settled[field] = replace(styles[field], decimal_comma=agreeing[True] > agreeing[False], guessed=False)
    return settled


def _commas(styles: dict[str, ColumnStyle]) -> dict[str, bool]:
    return {field: styles[field].decimal_comma if field in styles else False for field in (*_FACTORS, "value")}


def _agreeing(frame: pl.DataFrame, commas: dict[str, bool]) -> int:
    """Rows where quantity x unit price = amount under these readings."""
    read = with_numbers(frame.lazy(), dict(commas)).collect()
    quantity, price, value = (pl.col(f"{field}_n").cast(pl.Float64, strict=False) for field in (*_FACTORS, "value"))
    agrees = (quantity * price - value).abs() <= product_tolerance(value)
    return int(read.select(agrees.fill_null(False).sum()).item())
