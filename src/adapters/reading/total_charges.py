"""A charge whose label a total word opens in a language charges.toml has no qualifier for: 'Toplam İskonto' (the
total discount of a Turkish invoice's footer), 'Toplam Navlun', 'Итого скидка'. Read as a total it hid the discount
or the freight: the grand total below it did not add up, or it was quoted as the footer. A total word before the
packing ('TOTAL PACKING') is no charge: it totals a packing list.

The charge words are joined into alternatives as charge_rows joins them (`_alternatives` is a copy of charge_rows'),
except that each word is listed once and a Turkish dotted or dotless 'i' matches either way ('İskonto', 'ISKONTO'),
which charge_rows does not do."""

import re
from functools import cache

import polars as pl

from adapters.reading.vocabulary import charge_words, packing_words, total_words

_TURKISH_I = str.maketrans({"i": "[iİı]", "ı": "[ıIi]"})


def _alternatives(words: tuple[str, ...]) -> str:
    """The words as regex alternatives, longest first, each listed once; the parts of a word of several parts may
    be parted by any non-word characters or none ('sea freight', 'sea-freight'); an 'i' or 'ı' matches a dotted or
    dotless 'i' in either case."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\W*".join(re.escape(part).translate(_TURKISH_I) for part in word.split()) for word in ordered)


@cache
def _pattern() -> str:
    packing = set(packing_words())
    charges = tuple(word for words in charge_words().values() for word in words if word not in packing)
    return rf"(?i)^\W*(?:{_alternatives(total_words())})\W+(?:{_alternatives(charges)})[\W\d_]*$"


def total_of_a_charge(columns: list[str]) -> pl.Expr:
    """The first of these cells that is a total word and a charge word ('Toplam İskonto', 'Итого скидка:'), or null."""
    cells = [pl.col(c).str.strip_chars() for c in columns]
    found = [pl.when(cell.str.contains(_pattern()).fill_null(False)).then(cell) for cell in cells]
    return pl.coalesce(found) if found else pl.lit(None, dtype=pl.String)
