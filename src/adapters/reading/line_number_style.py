"""A figure that reads two ways ('60.500': 60.5 or 60500) in a list stitched together from several suppliers' files,
whose columns write decimals both ways ('1,020.00' on one line, '6.375,00' on the next): each line is written as
its own supplier did, so the figure is read as the line's figures in such columns write decimals, with a warning
naming both readings. Where they do not tell, or every column keeps to one way, it is read as its column is."""

import polars as pl

from adapters.reading.numbers import one_way_examples


def line_decimal_style(figures: list[str]) -> tuple[bool, str] | None:
    """Whether the line's figures that read one way only write decimals with a comma (True) or a point (False),
    with the first of them; None when they write both ways or none reads one way only."""
    written = [figure for figure in figures if figure and figure.strip()]
    if not written:
        return None
    examples = one_way_examples(pl.Series(written, dtype=pl.String))
    comma, point = examples[True], examples[False]
    if (comma is None) == (point is None):
        return None
    return (True, comma) if comma is not None else (False, point)  # type: ignore[return-value]


def read_as_its_line_reason(written: str, read: str, example: str, otherwise: str) -> str:
    return (
        f"'{written}' reads two ways: it is read as {read}, as its own line writes decimals ('{example}'); read as "
        f"the column's other figures are, it would be {otherwise}: check it"
    )
