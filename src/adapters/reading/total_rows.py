"""Spot the TOTAL / ИТОГО / JEMI rows of a product list, vectorised over a chunk or the whole table."""

from collections.abc import Collection
from functools import cache

import polars as pl

from adapters.reading.header_detection import HeaderLayout
from adapters.reading.raw_table import column_name
from adapters.reading.vocabulary import total_qualifiers, total_terms, total_words
from adapters.reading.word_alternatives import alternatives

_MAX_LABEL_COLUMNS = 20


@cache
def _patterns() -> tuple[str, str, str]:
    """(a cell that is only a total label, maybe with qualifiers and numbers: 'TOTAL:', 'Итого по разделу 2',
    'Total amount in USD'; a cell that starts with a total word: 'TOTAL Quartz 9000 5W-40'; a cell whose total
    label goes on with delivery terms, the named place after them: 'Total CIF Ashgabat', 'Итого FOB')."""
    label = alternatives(total_words())
    qualifier = rf"(?:{alternatives(total_qualifiers())}|\d+)"
    qualified = rf"(?i)^\W*(?:{label})(?:\W*\b{qualifier}\b)*\W*"
    terms = rf"{qualified}\b(?:{alternatives(total_terms())})(?:\W|$)"
    return rf"{qualified}$", rf"(?i)^\W*(?:{label})(?:\W|$)", terms


def _any_label(columns: list[str], pattern: str) -> pl.Expr:
    return pl.any_horizontal([pl.col(c).str.strip_chars().str.contains(pattern).fill_null(False) for c in columns])


def total_label(columns: list[str]) -> pl.Expr:
    """True on a total row: a label cell that is just 'TOTAL:' / 'Итого', maybe with a page or section word."""
    return _any_label(columns, _patterns()[0]) if columns else pl.lit(False)


def total_of_terms(columns: list[str], has_goods_details: pl.Expr) -> pl.Expr:
    """True on a row whose label names no goods though more than a total: delivery terms and maybe their place
    after the total word ('Total CIF Ashgabat'), on a row without unit, origin or commodity code."""
    return _any_label(columns, _patterns()[2]) & ~has_goods_details if columns else pl.lit(False)


def total_like_label(columns: list[str], has_goods_details: pl.Expr) -> pl.Expr:
    """True on a row that may be a total or a goods line: a label cell that starts with a total word followed
    by other words, on a row without unit, origin or commodity code ('Total station' there is goods); the
    TotalsWatch tells from the row's figures and the lines above whether it is a total."""
    if not columns:
        return pl.lit(False)
    return _any_label(columns, _patterns()[1]) & ~total_label(columns) & ~has_goods_details


def total_label_columns(layout: HeaderLayout, width: int) -> tuple[int, ...]:
    """Where a TOTAL / ИТОГО label may stand: the description column, the specification's (read as part of the
    description, and unread before it was), then the columns the list does not read."""
    mapped = set(layout.columns.values())
    described = [layout.columns[field] for field in ("description", "specification") if field in layout.columns]
    labels = described + [i for i in range(width) if i not in mapped]
    return tuple(labels[:_MAX_LABEL_COLUMNS])


def label_cells(layout: HeaderLayout, labels: Collection[int], width: int) -> tuple[list[str], list[str]]:
    """(the frame columns of `labels`, the list's other columns: one of them may hold the label of a row without
    a description); `width`: the frame's."""
    return (
        [column_name(i) for i in labels if i < width],
        [column_name(i) for i in range(min(width, layout.width)) if i not in labels],
    )


def total_row(labels: list[str], others: list[str], undescribed: pl.Expr) -> pl.Expr:
    """True on a total row: a label cell that is just a total label, or any cell when the description is empty."""
    return total_label(labels) | undescribed & total_label(others)
