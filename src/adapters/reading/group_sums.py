"""Group heading rows that carry their group's sums ('Group: Food' above the food lines, with their amount and
masses): such a row is no product line. Its amount must equal the sum of the lines below it, up to the next
such row or a total row, and it has none of a line's own figures (quantity, unit price) or details."""

from decimal import Decimal, InvalidOperation

import polars as pl

_TOLERANCE = Decimal("0.01")
GROUP_HEADING = "a group heading with the sums of the lines below it: not read as goods"


def group_sum_rows(frame: pl.DataFrame, has_quantities: bool) -> pl.Series:
    """Per row of the normalised chunk: True on a group heading whose amount the lines below it add up."""
    found = [False] * frame.height
    if not has_quantities or frame.is_empty():
        return pl.Series("is_group_sum", found)
    candidate = (
        pl.col("quantity_n").is_null()
        & pl.col("unit_price_n").is_null()
        & pl.col("value_n").is_not_null()
        & pl.col("description").is_not_null()
        & pl.col("unit_code").is_null()
        & pl.col("origin_code").is_null()
        & ~pl.col("is_total")
        & ~pl.col("maybe_total")
        & ~pl.col("is_charge")
    )
    flags = frame.select(candidate.fill_null(False)).to_series().to_list()
    ends = frame.select(pl.col("is_total") | pl.col("maybe_total")).to_series().to_list()
    values = [_decimal(value) for value in frame.get_column("value_n").to_list()]
    for start, is_candidate in enumerate(flags):
        if not is_candidate:
            continue
        below = []
        for row in range(start + 1, frame.height):
            if flags[row] or ends[row]:
                break
            below.append(values[row])
        amount = values[start]
        summed = [value for value in below if value is not None]
        if summed and len(summed) == len(below) and amount is not None:
            found[start] = abs(sum(summed, Decimal(0)) - amount) <= _TOLERANCE
    return pl.Series("is_group_sum", found)


def _decimal(text: str | None) -> Decimal | None:
    try:
        return None if text is None else Decimal(text)
    except InvalidOperation:
        return None
