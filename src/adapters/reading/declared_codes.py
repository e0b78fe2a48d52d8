"""A supplier's commodity code as the list writes it: '8471.30.000', '0902 40 00 00', '84713000', or a number a
spreadsheet stripped of its leading zero ('9024000000' for 0902...). Nine digits written as one number are
Turkmenistan's national code ('690721000') unless only the zero-padded 10 digits start with an HS-6 subheading
('402211000' for 0402211000), looked up in HS 2022 (the nomenclature of the offline classifier)."""

import re
from functools import cache

from adapters.classification.nomenclature.hs_nomenclature import HsNomenclature

SHORTEST_CODE, LONGEST_CODE = 3, 14  # 3: a 4-digit heading that lost its leading zero
_LOST_LEADING_ZERO = (3, 5, 7, 9, 11)  # a code typed as a number in Excel loses its leading zero
_GROUPS = re.compile(r"[\s.\-/,]+")


def read_declared_code(written: str, digits: str) -> tuple[str | None, str | None]:
    """The code's digits (None: no code) and the warning its cell gets (None: none). `digits`: the written code
    without its punctuation."""
    if not digits.isdigit() or not SHORTEST_CODE <= len(digits) <= LONGEST_CODE:
        return None, f"'{written}' is not a commodity code; it is left out"
    warning = None
    if len(digits) == 9 and _is_subheading(digits[:6]):
        if not _is_subheading(f"0{digits[:5]}") or not _lost_its_leading_zero(written, digits):
            return digits, None
        return digits, (
            f"'{written}' is read as Turkmenistan's 9-digit national code {digits}; if it is a 10-digit code that lost "
            f"its leading zero, it is 0{digits}"
        )
    if _lost_its_leading_zero(written, digits):
        digits = f"0{digits}"
        warning = f"'{written}' looks like a code that lost its leading zero; read as {digits}"
    if digits.startswith("00"):
        return None, f"'{written}' is not a commodity code (the HS chapters run from 01 to 97); it is left out"
    return digits, warning


def _lost_its_leading_zero(written: str, digits: str) -> bool:
    """An odd count of digits written as one number, or whose first group is odd ('902.40'); a code written in
    groups from a 4-digit heading ('8471.30.000', Turkmenistan's 9-digit national line) keeps its chapter."""
    if len(digits) not in _LOST_LEADING_ZERO:
        return False
    groups = _GROUPS.split(written.strip())
    return len(groups) == 1 or len(groups[0]) % 2 == 1


def _is_subheading(hs6: str) -> bool:
    return _hs_2022().exists(hs6)


@cache
def _hs_2022() -> HsNomenclature:
    return HsNomenclature()
