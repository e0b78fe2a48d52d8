"""Kinds of package as lists write them ('Kisten', 'ctns', 'мешков', 'CT') -> UN/ECE Recommendation 21 codes, read
from a package kind column or from the words after the number in a packages cell ('4 Kisten', '20 мешков')."""

import re

from adapters.reading.units import unit_code

_REC_21_CODE = re.compile(r"[A-Z0-9]{2}")
_CONTAINER = "X"  # Rec 20 counts containers as units by their Rec 21 code after an 'X': XCT carton, XPX pallet


def package_kind_code(text: str) -> str | None:
    """'CT' -> 'CT', 'Kisten' -> 'CS', 'ctns' -> 'CT', 'поддонов' -> 'PX'; None for words that name no package
    ('units', 'Stk') or are not in the unit vocabulary."""
    written = text.strip()
    if _REC_21_CODE.fullmatch(written):
        return written
    code = unit_code(written)
    return code.removeprefix(_CONTAINER) if code and code.startswith(_CONTAINER) else None
