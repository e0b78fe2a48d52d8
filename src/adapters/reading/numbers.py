"""Numbers as suppliers write them: '1 234,50', '1,234.50', '1.234,50', '(12.00)', '$ 99', '۴۹٬۰۰۰٫۰۰', vectorised
in Polars.

Each value is tried both ways, with '.' and with ',' as the decimal separator. A value only one reading accepts
is read that way; a value both accept differently ('1,234', '1.234') follows the column's style, which is
the reading its unambiguous values agree on (or the file's hint when none decides). Persian and Arabic digits are
read as ASCII ones first, so '۵,۰۰۰' is as ambiguous as '5,000'; their decimal mark '٫' is read as '.', and a value
written with it has no other reading.
"""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import polars as pl

from adapters.reading.currencies import CURRENCY_MARK
from adapters.reading.other_digits import ARABIC_DECIMAL, ARABIC_THOUSANDS, ascii_digits

# what is not part of a number besides a currency mark (currencies.CURRENCY_MARK, matched ignoring case): the
# spaces, apostrophes or Arabic marks that group thousands
_NOT_PART_OF_NUMBER = rf"(?i){CURRENCY_MARK}|[\s\u00a0\u2007\u2009\u202f'’`{ARABIC_THOUSANDS}]"
_SIGNS = "-−–+"
_PERSIAN_SLASH = r"([٠-٩۰-۹])/([٠-٩۰-۹])"
_EXPONENT = r"[eE][+-]?\d{1,2}"  # as Excel writes a long number it rounds, never with groups: 1.23457E+11, 8,47E+09
_POINT_STYLE = rf"^(?:(?:[1-9]\d{{0,2}}(?:,\d{{3}})+|\d+)(?:\.\d*)?|\.\d+)$|^\d+(?:\.\d*)?{_EXPONENT}$"
_COMMA_STYLE = rf"^(?:(?:[1-9]\d{{0,2}}(?:\.\d{{3}})+|\d+)(?:,\d*)?|,\d+)$|^\d+(?:,\d*)?{_EXPONENT}$"
_NEGATIVE = r"^\(.*\)$|^[-−–]|[-−–]$"
_EMPTY = r"^\s*(?:-|—|–|(?i:n/a|na|нет))?\s*$"  # what stands for "no value" in a cell


class NotANumber(ValueError):
    """A cell that should hold a number holds something else."""


def _cleaned(column: pl.Expr) -> pl.Expr:
    """The text in ASCII digits, without currency marks or group spaces, and with '.' for the Arabic decimal mark
    (and for the '/' Persian keyboards type for it between Persian digits: '۱۲/۵۰' is 12.50)."""
    persian_decimal = column.str.replace_all(_PERSIAN_SLASH, "${1}.${2}")
    without_marks = ascii_digits(persian_decimal).str.replace_all(_NOT_PART_OF_NUMBER, "")
    return without_marks.str.replace_all(ARABIC_DECIMAL, ".", literal=True)


def _comma_style(bare: pl.Expr, written: pl.Expr) -> pl.Expr:
    """Whether a value reads with ',' as the decimal separator; never one written with the Arabic decimal mark."""
    return bare.str.contains(_COMMA_STYLE) & ~written.str.contains(ARABIC_DECIMAL, literal=True)


def _bare(cleaned: pl.Expr) -> pl.Expr:
    """Digits and separators only: without the brackets or sign of a negative amount."""
    return cleaned.str.strip_chars("()").str.strip_chars(_SIGNS)


@dataclass(frozen=True, slots=True)
class ColumnStyle:
    """How a column writes decimals; `guessed` when only values like '1,234' were seen, read as the hint says."""

    decimal_comma: bool
    guessed: bool
    example: str | None = None


def _readings(values: pl.Series) -> pl.DataFrame:
    """The values ('v') with whether each reads with ',' as the decimal separator ('comma'), with '.' ('point')."""
    frame = pl.DataFrame({"v": values.cast(pl.String)}).with_columns(bare=_bare(_cleaned(pl.col("v"))))
    return frame.select(
        "v", "bare", comma=_comma_style(pl.col("bare"), pl.col("v")), point=pl.col("bare").str.contains(_POINT_STYLE)
    )


def _one_way_counts(readings: pl.DataFrame) -> tuple[int, int]:
    comma, point = pl.col("comma"), pl.col("point")
    counts = readings.select((comma & ~point).sum().alias("comma_only"), (point & ~comma).sum().alias("point_only"))
    comma_only, point_only = counts.row(0)
    return int(comma_only), int(point_only)


def one_way_flags(values: pl.Series) -> pl.DataFrame:
    """Per value: whether it reads only with ',' as the decimal separator ('comma_only'), only with '.'
    ('point_only')."""
    comma, point = pl.col("comma"), pl.col("point")
    readings = _readings(values)
    return readings.select((comma & ~point).fill_null(False).alias("comma_only"),
                           (point & ~comma).fill_null(False).alias("point_only"))  # fmt: skip


def other_way_factor(written: str, decimal_comma: bool) -> Decimal | None:
    """What a figure read from `written` is multiplied by when read with the other decimal separator ('60.500':
    1/1000 from a decimal comma); None when it has no other reading."""
    as_read, otherwise = (parse_number(written, decimal_comma=comma) for comma in (decimal_comma, not decimal_comma))
    return otherwise / as_read if as_read and otherwise is not None else None


def one_way_counts(values: pl.Series) -> tuple[int, int]:
    """How many values read only with ',' as the decimal separator ('3,5', '1.234,50'), and how many only with '.'
    ('12.50', '35,700.00')."""
    return _one_way_counts(_readings(values))


def one_way_examples(values: pl.Series) -> dict[bool, str | None]:
    """Decimal comma -> the first value that reads only with ',' as the decimal separator ('3,5'), no decimal comma
    -> the first that reads only with '.' ('68,487.00'); None where there is none."""
    flags = one_way_flags(values)
    found = {True: values.filter(flags["comma_only"]), False: values.filter(flags["point_only"])}
    return {decimal_comma: None if first.is_empty() else str(first[0]) for decimal_comma, first in found.items()}


def two_way_values(values: pl.Series) -> pl.Series:
    """Whether each value is a different number with ',' and with '.' as the decimal separator ('12,340')."""
    differs = pl.col("bare").str.contains(r"[.,]")
    return _readings(values).select(pl.col("point") & pl.col("comma") & differs).to_series().fill_null(False)


def column_style(values: pl.Series, hint: bool) -> ColumnStyle:
    """The reading the column's unambiguous values agree on; the file's hint when none decides."""
    readings = _readings(values)
    comma_only, point_only = _one_way_counts(readings)
    if comma_only != point_only:
        return ColumnStyle(decimal_comma=comma_only > point_only, guessed=False)
    differs = pl.col("bare").str.contains(r"[.,]")
    ambiguous = readings.filter(pl.col("point") & pl.col("comma") & differs).get_column("v")
    example = None if ambiguous.is_empty() else str(ambiguous[0])
    return ColumnStyle(decimal_comma=hint, guessed=example is not None, example=example)


def with_numbers(frame: pl.LazyFrame, styles: dict[str, bool | pl.Expr], suffix: str = "_n") -> pl.LazyFrame:
    """Adds `<column><suffix>` for each column in `styles` (column -> decimal comma, for the column or per row):
    '1 234,50' -> '1234.50', '(5)' -> '-5'; null for empty or unreadable values. Each step runs once per value,
    in stages."""
    temporary = {column: (f"{column}__cleaned", f"{column}__bare") for column in styles}
    frame = frame.with_columns(_cleaned(pl.col(c)).alias(temporary[c][0]) for c in styles)
    frame = frame.with_columns(_bare(pl.col(cleaned)).alias(bare) for cleaned, bare in temporary.values())
    numbers = []
    for column, decimal_comma in styles.items():
        cleaned, bare = (pl.col(name) for name in temporary[column])
        point_ok, comma_ok = bare.str.contains(_POINT_STYLE), _comma_style(bare, pl.col(column))
        as_point = bare.str.replace_all(",", "", literal=True)
        as_comma = bare.str.replace_all(".", "", literal=True).str.replace(",", ".", literal=True)
        if isinstance(decimal_comma, pl.Expr):
            ambiguous = pl.when(decimal_comma).then(as_comma).otherwise(as_point)
        else:
            ambiguous = as_comma if decimal_comma else as_point
        reading = pl.when(comma_ok).then(ambiguous).otherwise(as_point)
        digits = pl.when(point_ok).then(reading).when(comma_ok).then(as_comma).otherwise(None)
        signed = pl.when(cleaned.str.contains(_NEGATIVE)).then(pl.lit("-") + digits).otherwise(digits)
        numbers.append(signed.alias(column + suffix))
    return frame.with_columns(numbers).drop(name for pair in temporary.values() for name in pair)


def is_blank(column: pl.Expr) -> pl.Expr:
    """True for empty cells and the dashes or 'n/a' that stand for no value."""
    return column.is_null() | column.str.contains(_EMPTY)


def parse_number(text: str | None, *, decimal_comma: bool = False) -> Decimal | None:
    """One value through the same rules as a column; raises NotANumber for text that is not a number."""
    frame = pl.DataFrame({"v": [text]}, schema={"v": pl.String}).lazy()
    frame = with_numbers(frame, {"v": decimal_comma}).with_columns(blank=is_blank(pl.col("v")))
    _, canonical, blank = frame.collect().row(0)
    if blank:
        return None
    if canonical is None:
        raise NotANumber(f"'{text}' is not a number")
    try:
        return Decimal(canonical)
    except InvalidOperation as error:
        raise NotANumber(f"'{text}' is not a number") from error
