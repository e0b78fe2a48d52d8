"""Supplementary units as a tariff writes them ('шт', 'H87', 'л', '1000 шт') -> UN/ECE Recommendation 20 codes."""

from functools import cache

from adapters.reading.text_keys import text_key
from adapters.reading.units import unit_code
from adapters.reading.vocabulary import unit_codes

_TARIFF_ONLY = {  # supplementary units of customs tariffs that invoices rarely write
    "C62": ["one"],
    "NAR": ["number of articles", "article", "articles"],
    "T3": ["1000 шт", "1000 pcs", "1000 pieces", "1000 sany", "thousand pieces", "тыс шт"],
    "CTM": ["carat", "carats", "кар", "карат", "karat"],
    "LPA": ["l alc 100%", "л 100% спирта", "litre pure alcohol", "л 100 спирта"],
}


@cache
def _codes() -> frozenset[str]:
    return frozenset(unit_codes().values()) | frozenset(_TARIFF_ONLY)


@cache
def _tariff_names() -> dict[str, str]:
    return {text_key(name): code for code, names in _TARIFF_ONLY.items() for name in names}


@cache
def supplementary_unit(text: str) -> str | None:
    """The Rec 20 code of a unit written as a name in EN/RU/TK or as a code; None when it is not one we know. A name
    comes first: 'St' is Stück (H87), not the code ST (sheet)."""
    written = text.strip()
    named = _tariff_names().get(text_key(written)) or unit_code(written)
    return named or (written.upper() if written.upper() in _codes() else None)
