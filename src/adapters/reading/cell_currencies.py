"""Currency marks written in the amount cells ('$10.00', '€50', '1 200 руб.'), or shown by a workbook cell's
number format when the list states its currency nowhere else. A line's amounts are in the currency of its
currency column, else the file's, else the one its own cells show; a cell marked with another currency than the
line's is an error on that cell, since its number cannot be added to the others."""

import re

import polars as pl

from adapters.reading.currencies import CURRENCY_MARK
from adapters.reading.row_runs import RowRuns

AMOUNT_FIELDS = ("value", "unit_price")


def marked_currency(field: str) -> pl.Expr:
    """The mark written in the field's cells, to be looked up as a currency code: '$', 'руб.', 'EUR'."""
    return pl.col(field).str.extract(rf"(?i)({CURRENCY_MARK})").alias(f"{field}_currency")


def line_currency(file_currency: str | None) -> pl.Expr:
    """Vectorised `currency_of_line`."""
    marks = [pl.col(f"{field}_currency") for field in AMOUNT_FIELDS]
    return pl.coalesce(pl.col("currency_code"), pl.lit(file_currency, dtype=pl.String), *marks)


def other_currency(file_currency: str | None) -> pl.Expr:
    """True on a row with an amount cell marked with another currency than the line's."""
    line = line_currency(file_currency)
    return pl.any_horizontal([(pl.col(f"{field}_currency") != line).fill_null(False) for field in AMOUNT_FIELDS])


def currency_of_line(column: str | None, file_currency: str | None, marks: dict[str, str | None]) -> str | None:
    """The currency column's code, else the file's currency, else the first mark in the amount cells."""
    return column or file_currency or next((mark for mark in marks.values() if mark), None)


def marked_otherwise(line: str | None, marks: dict[str, str | None]) -> dict[str, str]:
    """Field -> the currency its cell is marked with, for cells marked with another than the line's."""
    return {field: mark for field, mark in marks.items() if mark and line and mark != line}


def format_marks(shown: dict[int, RowRuns], columns: dict[str, int]) -> dict[str, RowRuns]:
    """Amount field -> the currencies its number cells show by their format (`shown`: by sheet column)."""
    return {field: shown[columns[field]] for field in AMOUNT_FIELDS if columns.get(field, -1) in shown}


def with_format_marks(frame: pl.DataFrame, marks: dict[str, RowRuns]) -> pl.DataFrame:
    """The amount cells' marks, a cell whose text has none taking the currency its number format shows."""
    positions = frame.get_column("position").to_list()
    return frame.with_columns(
        pl.coalesce(f"{field}_currency", pl.Series([runs.at(p) for p in positions], dtype=pl.String))
        for field, runs in marks.items()
    )


def with_formats_shown(frame: pl.DataFrame, shown: dict[str, RowRuns]) -> pl.DataFrame:
    """`{field}_format`: the currency the amount cell's number format shows where the list states its currency
    otherwise (`shown`: ReadingPlan.checked_formats); never read as the amount's, only checked against it."""
    positions = frame.get_column("position").to_list() if shown else []
    return frame.with_columns(
        pl.Series(f"{field}_format", [shown[field].at(p) for p in positions], dtype=pl.String)
        if field in shown
        else pl.lit(None, dtype=pl.String).alias(f"{field}_format")
        for field in AMOUNT_FIELDS
    )


def formatted_otherwise(file_currency: str | None) -> pl.Expr:
    """True on a row with an amount cell whose text shows no currency and whose format shows another than the
    line's."""
    line = line_currency(file_currency)
    return pl.any_horizontal(
        [
            (pl.col(f"{field}_currency").is_null() & (pl.col(f"{field}_format") != line)).fill_null(False)
            for field in AMOUNT_FIELDS
        ]
    )


def marked_reason(written: str, mark: str) -> str:
    """How a cell shows its currency: '€50' is in EUR; 50 formatted '#,##0 [$€-407]' shows EUR by its format."""
    if re.search(rf"(?i){CURRENCY_MARK}", written):
        return f"'{written}' is in {mark}"
    return f"'{written}' shows {mark} by its number format"
