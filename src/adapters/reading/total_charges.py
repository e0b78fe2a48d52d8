"""A charge whose label a total word opens in a language charges.toml has no qualifier for: 'Toplam İskonto' (the
total discount of a Turkish invoice's footer), 'Toplam Navlun', 'Итого скидка'. Read as a total it hid the discount
or the freight: the grand total below it did not add up, or it was quoted as the footer. A total word before the
packing ('TOTAL PACKING') is no charge: it totals a packing list.

A Turkish dotted or dotless 'i' matches either way here ('İskonto', 'ISKONTO'): a Turkish footer's words."""

from functools import cache

import polars as pl

from adapters.reading.vocabulary import charge_words, packing_words, total_words
from adapters.reading.word_alternatives import alternatives


@cache
def _pattern() -> str:
    packing = set(packing_words())
    charges = tuple(word for words in charge_words().values() for word in words if word not in packing)
    totals, charged = alternatives(total_words(), turkish_i=True), alternatives(charges, turkish_i=True)
    return rf"(?i)^\W*(?:{totals})\W+(?:{charged})[\W\d_]*$"


def total_of_a_charge(columns: list[str]) -> pl.Expr:
    """The first of these cells that is a total word and a charge word ('Toplam İskonto', 'Итого скидка:'), or null."""
    cells = [pl.col(c).str.strip_chars() for c in columns]
    found = [pl.when(cell.str.contains(_pattern()).fill_null(False)).then(cell) for cell in cells]
    return pl.coalesce(found) if found else pl.lit(None, dtype=pl.String)
