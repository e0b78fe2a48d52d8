"""Spot the charge rows of a product list (freight, insurance, discount, VAT, bank charges in three languages):
a label cell that is a charge, maybe with qualifiers, figures and a route, on a row with no quantity or mass."""

import re
from functools import cache

import polars as pl

from adapters.reading.vocabulary import CHARGE_GROUPS, charge_qualifiers, charge_words

_BETWEEN = r"[\W\d_]*"  # signs, digits, '%' and currency marks may stand between the words of a label


def _alternatives(words: tuple[str, ...]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(r"\W*".join(re.escape(part) for part in word.split()) for word in ordered)


@cache
def _word_patterns() -> dict[str, str]:
    return {group: _alternatives(words) for group, words in charge_words().items()}


@cache
def _label_pattern() -> str:
    qualifiers, routes = charge_qualifiers()
    charge = "|".join(_word_patterns().values())
    word = rf"(?:(?:{charge}|{_alternatives(qualifiers)})\b{_BETWEEN})"
    route = rf"(?:(?:{_alternatives(routes)})\b.*)?"
    return rf"(?is)^{_BETWEEN}{word}*?(?:{charge})\b{_BETWEEN}{word}*{route}$"


def _matches(column: str) -> pl.Expr:
    return pl.col(column).str.strip_chars().str.contains(_label_pattern()).fill_null(False)


def charge_label(columns: list[str]) -> pl.Expr:
    """The first of these cells that reads as a charge ('Freight', 'Доставка до Ашхабада', 'VAT 20%'), or null."""
    if not columns:
        return pl.lit(None, dtype=pl.String)
    return pl.coalesce([pl.when(_matches(c)).then(pl.col(c).str.strip_chars()) for c in columns])


def charge_group(label: str) -> str:
    """How the charge a label names bears on the customs value: 'added', 'deducted' or 'other' (the group of
    its first charge word)."""
    found = {
        group: match.start()
        for group in CHARGE_GROUPS
        if (match := re.search(rf"(?i)(?<!\w)(?:{_word_patterns()[group]})(?!\w)", label))
    }
    return min(found, key=found.__getitem__) if found else "other"
