"""A unit or currency written after a header's words without punctuation: 'Amount USD', 'Amount in USD',
'Weight kg', 'Qty pcs', 'Сумма долл. США'. The header without it is one more form to match."""

from functools import cache

import pycountry

from adapters.reading.vocabulary import currency_names, kilograms_per_mass_unit, unit_codes

_JOINING_WORDS = frozenset({"in", "в", "во"})  # 'Amount in USD', 'Сумма в USD'
_LONGEST_NOTE = 3  # words, as in 'долл сша' or 'us dollars'


@cache
def names_unit_or_currency(key: str) -> bool:
    """True for the key of a unit ('pcs', 'кг') or a currency ('usd', '$', 'долл сша')."""
    if key in unit_codes() or key in kilograms_per_mass_unit() or key in currency_names():
        return True
    return len(key) == 3 and key.isascii() and key.isalpha() and pycountry.currencies.get(alpha_3=key) is not None


def split_trailing_note(key: str) -> tuple[str, str] | None:
    """'amount in usd' -> ('amount', 'usd'), 'qty pcs' -> ('qty', 'pcs'); None when the key does not end
    with a unit or currency after at least one other word."""
    words = key.split()
    for size in range(min(_LONGEST_NOTE, len(words) - 1), 0, -1):
        note = " ".join(words[-size:])
        if names_unit_or_currency(note):
            kept = words[:-size]
            if len(kept) > 1 and kept[-1] in _JOINING_WORDS:
                kept = kept[:-1]
            return " ".join(kept), note
    return None
