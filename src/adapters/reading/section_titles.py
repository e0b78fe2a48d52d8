"""Section titles between the goods lines (';Раздел 1. Бытовая техника;;;'): a row whose only non-empty cell is a
text shaped as a title (a section word or numbering opens it, a colon ends it, or it is in capitals) in the
description column or a column the list does not read, so it has no quantity, price or amount. A lone description
of another shape ('Free samples of tiles', a description wrapped onto the next row) stays a line, with its errors.
Such a row is no goods line when goods lines follow it (see TotalsWatch); each one is named in a warning. A row
with a second cell (an item number, a unit, a figure) is always read as a line: a goods line with its amount
missing stays an error on that line."""

import re

import polars as pl

from adapters.reading.numbers import is_blank
from adapters.reading.raw_table import column_name

_A_LETTER = r"[^\W\d_]"
_SECTION_WORDS = (
    "раздел|группа|часть|категория|секция|section|group|part|category|chapter|bölüm|grup|kategori|kısım|bölek|topar"
    "|abschnitt|gruppe|kapitel|partie|rubrique|sección|grupo|sezione|gruppo|dział|grupa|oddíl|skupina"
)
# opens with a section word or a numbering ('Раздел 1', 'Section B', '1.', 'IV.', 'A)'), or ends with a colon
_TITLE_SHAPE = rf"(?i)^(?:(?:{_SECTION_WORDS})\b|(?:\d{{1,3}}|[IVXLC]{{1,6}}|{_A_LETTER})[.)]\s)|:$"


def filled_cells(width: int) -> pl.Expr:
    """How many cells of a row of a raw frame `width` wide are not empty."""
    return pl.sum_horizontal([(~is_blank(pl.col(column_name(i)))).cast(pl.UInt32) for i in range(width)])


def lone_label(labels: list[str], width: int) -> pl.Expr:
    """The text of a row of a raw frame `width` wide whose only non-empty cell is one of `labels` and holds a
    letter; null on any other row."""
    text = pl.coalesce([pl.when(~is_blank(pl.col(c))).then(pl.col(c).str.strip_chars()) for c in labels])
    return pl.when((filled_cells(width) == 1) & text.str.contains(_A_LETTER).fill_null(False)).then(text)


def shaped_as_a_title(text: str | None) -> bool:
    """A section word or numbering opens it, a colon ends it, or it is in capitals ('BATHROOM FITTINGS'); a goods
    line's description alone ('Free samples of tiles', a wrapped 'Intel i5, 8GB RAM') is no title."""
    if not text:
        return False
    return marked_as_a_title(text) or text.upper() == text != text.lower()


def marked_as_a_title(text: str) -> bool:
    """A section word or numbering opens it ('Раздел 1', 'IV. Tools') or a colon ends it ('Electrical goods:')."""
    return bool(re.search(_TITLE_SHAPE, text))


def section_title_reason(text: str) -> str:
    return (
        f"'{text}' is a row with words only, shaped as a title (no quantity, price or amount): read as a section "
        "title, not a goods line"
    )


# the invoice's total written out in words, on a row of its own: 'SAY US DOLLARS ... ONLY', 'Сумма прописью: ...',
# 1C's 'Всего наименований 2, на сумму 400,00', Turkish 'YALNIZ ... DOLAR', 'TOTAL CTNS: THIRTY (30) CARTONS ONLY'
_IN_WORDS = (
    r"(?i)^(?:say\b|total in words|amount in words|in words\b|сумма прописью|итого прописью|прописью|"
    r"всего наименований|yalnız\b|yalniz\b|yazı ile|yazıyla|sözler bilen|(?:total|ttl)\b.*\bonly\W*$)"
)


def amount_in_words(text: str | None) -> bool:
    return bool(text and re.search(_IN_WORDS, text.strip()))


def amount_in_words_reason(text: str) -> str:
    return f"'{text}' is the amount in words, not a goods line; it is left out"
