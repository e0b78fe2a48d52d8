"""Numbers as suppliers write them: '1 234,50', '1,234.50', '1.234,50', '(12.00)', '$ 99', vectorised in Polars.

Each value is tried both ways, with '.' and with ',' as the decimal separator. A value only one reading accepts
is read that way; a value both accept differently ('1,234', '1.234') follows the column's style, which is
the reading its unambiguous values agree on (or the file's hint when none decides).
"""

from decimal import Decimal, InvalidOperation

import polars as pl

_CURRENCY_MARKS = r"(?i)[$€£¥₽₺₸₼₹₩]|usd|eur|rub|rur|tmt|cny|rmb|try|gbp|aed|kzt|uzs|jpy|chf|manat|man\.?|руб\.?|р\."
_GROUP_MARKS = r"[\s\u00a0\u2007\u2009\u202f'’`]"
_SIGNS = "-−–+"
_POINT_STYLE = r"^(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)?(?:\.\d*)?(?:[eE][+-]?\d+)?$"
_COMMA_STYLE = r"^(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+)?(?:,\d*)?$"
_EMPTY_MARKS = {"", "-", "—", "–", "n/a", "na", "нет"}


class NotANumber(ValueError):
    """A cell that should hold a number holds something else."""


def _bare(column: pl.Expr) -> pl.Expr:
    """The text without currency marks, group spaces or brackets around a negative amount."""
    text = column.str.replace_all(_CURRENCY_MARKS, "").str.replace_all(_GROUP_MARKS, "")
    return text.str.strip_chars("()").str.strip_chars(_SIGNS)


def _is_negative(column: pl.Expr) -> pl.Expr:
    text = column.str.replace_all(_CURRENCY_MARKS, "").str.replace_all(_GROUP_MARKS, "")
    return text.str.contains(r"^\(.*\)$") | text.str.contains(r"^[-−–]") | text.str.contains(r"[-−–]$")


def point_reading(column: pl.Expr) -> pl.Expr:
    """True where the value reads as a number with '.' as the decimal separator."""
    bare = _bare(column)
    return bare.str.contains(_POINT_STYLE) & bare.str.contains(r"\d")


def comma_reading(column: pl.Expr) -> pl.Expr:
    """True where the value reads as a number with ',' as the decimal separator."""
    bare = _bare(column)
    return bare.str.contains(_COMMA_STYLE) & bare.str.contains(r"\d")


def prefers_decimal_comma(values: pl.Series, hint: bool) -> bool:
    """The column's style: which reading its unambiguous values agree on; `hint` when none decides."""
    frame = pl.DataFrame({"v": values.cast(pl.String)}).select(
        point=point_reading(pl.col("v")), comma=comma_reading(pl.col("v"))
    )
    comma_only = frame.filter(pl.col("comma") & ~pl.col("point")).height
    point_only = frame.filter(pl.col("point") & ~pl.col("comma")).height
    return comma_only > point_only or (comma_only == point_only and hint)


def canonical_number(column: pl.Expr, decimal_comma: bool) -> pl.Expr:
    """'1 234,50' -> '1234.50', '(5)' -> '-5'; null for empty or unreadable values."""
    bare = _bare(column)
    as_point = bare.str.replace_all(",", "")
    as_comma = bare.str.replace_all(".", "", literal=True).str.replace(",", ".", literal=True)
    point_ok, comma_ok = point_reading(column), comma_reading(column)
    both = as_comma if decimal_comma else as_point
    digits = (
        pl.when(point_ok & comma_ok)
        .then(both)
        .when(point_ok)
        .then(as_point)
        .when(comma_ok)
        .then(as_comma)
        .otherwise(None)
    )
    return pl.when(_is_negative(column)).then(pl.lit("-") + digits).otherwise(digits)


def is_blank(column: pl.Expr) -> pl.Expr:
    """True for empty cells and the dashes or 'n/a' that stand for no value."""
    return column.is_null() | column.str.strip_chars().str.to_lowercase().is_in(list(_EMPTY_MARKS))


def unreadable_number(column: pl.Expr, canonical: pl.Expr) -> pl.Expr:
    """True where a cell holds text that is not a number."""
    return ~is_blank(column) & canonical.is_null()


def parse_number(text: str | None, *, decimal_comma: bool = False) -> Decimal | None:
    """One value through the same rules as a column; raises NotANumber for text that is not a number."""
    frame = pl.DataFrame({"v": [text]}, schema={"v": pl.String}).select(
        n=canonical_number(pl.col("v"), decimal_comma), blank=is_blank(pl.col("v"))
    )
    canonical, blank = frame.row(0)
    if blank:
        return None
    if canonical is None:
        raise NotANumber(f"'{text}' is not a number")
    try:
        return Decimal(canonical)
    except InvalidOperation as error:
        raise NotANumber(f"'{text}' is not a number") from error
