"""Digits written in Arabic-Indic ('٤٥'), Persian ('۴۵') or full-width ('４５') form, read as ASCII digits, and the
Arabic separators: '٬' groups thousands and '٫' marks the decimals ('۴۹٬۰۰۰٫۰۰' is 49000.00)."""

import polars as pl

ARABIC_THOUSANDS, ARABIC_DECIMAL = "٬", "٫"
_OTHER_DIGITS = "٠١٢٣٤٥٦٧٨٩" + "۰۱۲۳۴۵۶۷۸۹" + "０１２３４５６７８９"


def ascii_digits(column: pl.Expr) -> pl.Expr:
    """'۰۸۰۲۵۱' -> '080251', '۴۹٬۰۰۰٫۰۰' -> '49٬000٫00': the separators are the number reader's to read."""
    return column.str.replace_many(list(_OTHER_DIGITS), list("0123456789" * 3))
