"""Units of measure in any of the supplier's languages -> UN/ECE Recommendation 20 codes."""

from decimal import Decimal

from adapters.reading.header_matching import header_annotations
from adapters.reading.text_keys import text_key
from adapters.reading.vocabulary import kilograms_per_mass_unit, unit_codes

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


def unit_in_header(header: str) -> str | None:
    """The unit a quantity header names, as in 'Quantity (pcs)' or 'Кол-во, шт'."""
    return next((code for note in header_annotations(header) if (code := unit_code(note))), None)


def kilograms_per_header_unit(header: str) -> Decimal:
    """1 for a header in kilograms (or none named), 0.001 for 'Net weight, g', 1000 for 'Вес брутто (т)'."""
    factors = kilograms_per_mass_unit()
    return next((factors[note] for note in header_annotations(header) if note in factors), Decimal(1))
