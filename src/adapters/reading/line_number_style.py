"""A figure that reads two ways ('60.500': 60.5 or 60500) in a list stitched together from several suppliers' files,
whose columns write decimals both ways ('1,020.00' on one line, '6.375,00' on the next): each line is written as
its own supplier did, so the figure is read as the line's figures in such columns write decimals, with a warning
naming both readings. Where they do not tell, or every column keeps to one way, it is read as its column is. In a
workbook only text figures with a comma tell, as its number cells show no separator of their own."""

from decimal import Decimal

import polars as pl

from adapters.reading.numbers import one_way_flags, other_way_factor


def line_styles(figures: pl.DataFrame, rows: list[int], is_workbook: bool) -> dict[int, tuple[bool, str]]:
    """`figures`: the columns written both ways, for the frame rows `rows`. Frame row -> whether its figures that read
    one way only write decimals with a comma (True) or a point (False), with the first of them; rows whose figures
    write both ways, or none one way only, are left out."""
    comma_rows: dict[int, str] = {}
    point_rows: dict[int, str] = {}
    for field in figures.columns:
        values = figures.get_column(field)
        flags = one_way_flags(values)
        told = (
            values.str.contains(",", literal=True).fill_null(False) if is_workbook else pl.Series([True] * len(values))
        )
        for row, value, comma, point, counts in zip(rows, values, *flags.get_columns(), told, strict=True):
            if counts and comma:
                comma_rows.setdefault(row, value)
            elif counts and point:
                point_rows.setdefault(row, value)
    styles = {row: (True, value) for row, value in comma_rows.items() if row not in point_rows}
    return styles | {row: (False, value) for row, value in point_rows.items() if row not in comma_rows}


def as_its_line_reads(
    figure: Decimal, written: str, decimal_comma: bool, line_style: tuple[bool, str] | None
) -> Decimal:
    """The figure read from `written` as its line writes decimals, when that is the other way than its column's
    (`decimal_comma`); as read otherwise. The line's checks (net above gross) see it so."""
    if line_style is None or line_style[0] == decimal_comma:
        return figure
    factor = other_way_factor(written, decimal_comma)
    return figure * factor if factor is not None else figure


def read_as_its_line_reason(written: str, read: str, example: str, otherwise: str) -> str:
    return (
        f"'{written}' reads two ways: it is read as {read}, as its own line writes decimals ('{example}'); read as "
        f"the column's other figures are, it would be {otherwise}: check it"
    )
