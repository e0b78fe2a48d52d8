"""Map a text column through a Python lookup once per distinct value, not once per row."""

from collections.abc import Callable

import polars as pl


def map_distinct(column: pl.Series, lookup: Callable[[str], str | None]) -> pl.Series:
    """The lookup of every value, computed for each distinct value only; nulls stay null."""
    distinct = column.drop_nulls().unique().to_list()
    mapping = {value: lookup(value) for value in distinct}
    return column.replace_strict(mapping, default=None, return_dtype=pl.String)
