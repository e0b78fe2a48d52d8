"""A column whose numbers read two ways and decide nothing themselves ('1,200', beside '150' and '400') follows the
rest of the file: the decimal separator the other number columns' one-way values show ('35,700.00' shows '.', '3,5'
and '1.234,50' show ','), when they all show the same one. A workbook's cells holding numbers show no separator of
their own ('12.5' is how Excel's number 12.5 arrives), so there only text with a comma in it is taken as evidence."""

from dataclasses import replace

import polars as pl

from adapters.reading.numbers import ColumnStyle, one_way_counts


def settled_by_the_file(
    sample: pl.DataFrame, columns: dict[str, str], styles: dict[str, ColumnStyle], is_workbook: bool
) -> dict[str, ColumnStyle]:
    """`columns`: field -> sample column name. Guessed styles replaced where the other columns decide."""
    guessed = {field for field, style in styles.items() if style.guessed}
    if not guessed:
        return styles
    comma = point = 0
    for field in styles.keys() - guessed:
        values = sample.get_column(columns[field])
        if is_workbook:
            values = values.filter(values.str.contains(",", literal=True))
        comma_only, point_only = one_way_counts(values)
        comma, point = comma + comma_only, point + point_only
    if (comma > 0) == (point > 0):  # no evidence, or a file that writes both ways
        return styles
    return {
        field: replace(style, decimal_comma=comma > 0, guessed=False) if field in guessed else style
        for field, style in styles.items()
    }
