"""Where each line's currency was read, in the order `line_currency` takes it: the line's currency cell, the
list's currency (its header, title rows, currency column, amount cells or number formats), else the mark its own
amount or unit price cell shows."""

import polars as pl

from adapters.reading.cell_currencies import AMOUNT_FIELDS
from adapters.reading.reading_plan import ReadingPlan
from domain.goods.currency_source import CurrencySource


class LineCurrencySources:
    """The few places a line's currency can be read in, made once per list and shared by its lines."""

    def __init__(self, plan: ReadingPlan) -> None:
        column = plan.header("currency")
        own_cells = [
            CurrencySource(header, f"from column '{header}'") if (header := plan.header(field)) else None
            for field in AMOUNT_FIELDS
        ]
        in_column = CurrencySource(column, f"from column '{column}'") if column else None
        self._file = plan.currency_source if plan.currency is not None else None
        self._in_order = [in_column, self._file, *own_cells]

    def of_row(self, currency_code: str | None, marks: dict[str, str | None]) -> CurrencySource | None:
        """`marks`: amount field -> the currency its cell shows."""
        if currency_code is not None:
            return self._in_order[0]
        if self._file is not None:
            return self._file
        return next((self._in_order[2 + i] for i, field in enumerate(AMOUNT_FIELDS) if marks.get(field)), None)

    def of_rows(self, frame: pl.DataFrame) -> list[CurrencySource | None]:
        """Vectorised `of_row`, for a normalised frame."""
        found = [pl.col("currency_code").is_not_null(), pl.lit(self._file is not None)]
        found += [pl.col(f"{field}_currency").is_not_null() for field in AMOUNT_FIELDS]
        first = pl.coalesce(pl.when(step).then(pl.lit(i)) for i, step in enumerate(found))
        indices = frame.select(first).to_series().to_list()
        return [None if index is None else self._in_order[index] for index in indices]
