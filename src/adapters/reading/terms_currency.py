"""The currency a title row writes after the delivery terms and their named place: 'FOB NINGBO, EUR', 'PRICE TERM:
CIF ASHGABAT USD', 'CIF Ashgabat, Turkmenistan (US dollars)'. Chinese exporters' invoices often state the currency
there alone, with no currency word before it and none in the amount header. The term is written in capitals, as
Incoterms are, the place takes a word or a few, and the currency ends the cell: 'FOB NINGBO USD 12,500' (an amount)
or 'EXW ISTANBUL, ALL TAXES INCLUDED' states none."""

import re
from collections.abc import Iterable

from adapters.reading.currencies import code_of_mark
from adapters.reading.text_keys import KEPT_SYMBOLS
from adapters.reading.vocabulary import total_terms

_TOKEN = re.compile(rf"[^\W_]+(?:&[^\W_]+)?|[{KEPT_SYMBOLS}]")
_MOST_PLACE_WORDS = 4  # 'CIF ASHGABAT, TURKMENISTAN', 'FOB NINGBO PORT, CHINA'
_LONGEST_CURRENCY = 3  # words, as in 'US dollars' or 'долл. США'


def _currency_ending(words: list[str]) -> str | None:
    """The currency the last words name after a place of a word or more ('NINGBO', 'EUR'); None otherwise."""
    for size in range(min(_LONGEST_CURRENCY, len(words) - 1), 0, -1):
        place = words[:-size]
        named = len(place) <= _MOST_PLACE_WORDS and any(not word.isdigit() for word in place)
        if named and (found := code_of_mark(" ".join(words[-size:]))):
            return found
    return None


def currency_after_terms(cell: str) -> str | None:
    """'FOB NINGBO, EUR' -> 'EUR', 'PRICE TERM: CIF ASHGABAT USD' -> 'USD'; None for 'FOB NINGBO' or 'fob usd'."""
    words = _TOKEN.findall(cell)
    terms = total_terms()
    for at, word in enumerate(words):
        if word.isupper() and word.lower() in terms and (found := _currency_ending(words[at + 1 :])):
            return found
    return None


def currency_after_terms_in(rows: Iterable[list[str | None]]) -> str | None:
    """The first currency a title cell writes after the delivery terms."""
    return next((found for row in rows for cell in row if cell and (found := currency_after_terms(cell))), None)
