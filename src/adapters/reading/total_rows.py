"""Spot the TOTAL / ИТОГО / JEMI rows of a product list, vectorised over a chunk."""

import re
from functools import cache

import polars as pl

from adapters.reading.vocabulary import total_words


def _alternatives() -> str:
    words = sorted(total_words(), key=len, reverse=True)
    return "|".join(r"\W*".join(re.escape(part) for part in word.split()) for word in words)


@cache
def _patterns() -> tuple[str, str]:
    """(a cell that is only a total label, a cell that starts with one)."""
    alternatives = _alternatives()
    return rf"(?i)^\W*(?:{alternatives})\W*$", rf"(?i)^\W*(?:{alternatives})(?:\W|$)"


def total_label(columns: list[str], has_goods_details: pl.Expr) -> pl.Expr:
    """True on a total row: a label cell that is just 'TOTAL:' / 'Итого', or that starts with one
    ('Total amount in USD') on a row without unit, origin or commodity code ('Total station' is goods)."""
    only, starts = _patterns()
    if not columns:
        return pl.lit(False)
    texts = [pl.col(c).str.strip_chars() for c in columns]
    is_only = pl.any_horizontal([t.str.contains(only).fill_null(False) for t in texts])
    starts_with = pl.any_horizontal([t.str.contains(starts).fill_null(False) for t in texts])
    return is_only | (starts_with & ~has_goods_details)
