"""Currency marks written in the amount cells ('$10.00', '€50', '1 200 руб.'). A line's amounts are in the
currency of its currency column, else the file's, else the one its own cells show; a cell marked with another
currency than the line's is an error on that cell, since its number cannot be added to the others."""

import polars as pl

from adapters.reading.numbers import CURRENCY_MARK

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
