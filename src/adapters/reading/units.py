"""Units of measure in any of the supplier's languages -> UN/ECE Recommendation 20 codes."""

from adapters.reading.text_keys import text_key
from adapters.reading.vocabulary import unit_codes

PIECES = "H87"
MUTUALLY_DEFINED = "ZZ"  # Rec 20 code kept on a quantity whose unit was not recognised


def unit_code(text: str) -> str | None:
    """'шт.' -> 'H87', 'kgs' -> 'KGM', 'кв.м' -> 'MTK'; None for a unit not in the vocabulary."""
    key = text_key(text)
    codes = unit_codes()
    if key in codes:
        return codes[key]
    compact = key.replace(" ", "")
    return codes.get(compact) or (codes.get(key[:-1]) if key.endswith("s") else None)
