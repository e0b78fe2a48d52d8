"""Units of measure in any of the supplier's languages -> UN/ECE Recommendation 20 codes."""

from collections.abc import Mapping

from adapters.reading.text_keys import text_key
from adapters.reading.vocabulary import unit_cell_codes, unit_codes

PIECES = "H87"
MUTUALLY_DEFINED = "ZZ"  # Rec 20 code kept on a quantity whose unit was not recognised


def _found(key: str, codes: Mapping[str, str]) -> str | None:
    if key in codes:
        return codes[key]
    compact = key.replace(" ", "")
    return codes.get(compact) or (codes.get(key[:-1]) if key.endswith("s") else None)


def unit_code(text: str, language: Mapping[str, str] | None = None) -> str | None:
    """'шт.' -> 'H87', 'kgs' -> 'KGM', 'кв.м' -> 'MTK'; None for a unit not in the vocabulary. `language`: the
    readings of the list's language, which win ('mt' is metres in a Turkish list, see unit_languages)."""
    key = text_key(text)
    return (_found(key, language) if language else None) or _found(key, unit_codes())


def unit_cell_code(text: str, language: Mapping[str, str] | None = None) -> str | None:
    """unit_code for the text of a line's unit cell, where 'gross' is twelve dozen (in a header it is a mass)."""
    return unit_code(text, language) or _found(text_key(text), unit_cell_codes())
