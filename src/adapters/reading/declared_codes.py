"""A supplier's commodity code as the list writes it: '8471.30.000', '0902 40 00 00', '84713000', or a number a
spreadsheet stripped of its leading zero ('9024000000' for 0902...). A plain number as long as the declaring
country's national lines (9 digits in Turkmenistan: '690721000') is that national line unless only the zero-padded
code starts with an HS-6 subheading ('402211000' for 0402211000); where the country is not known, or writes its
lines otherwise, it is a code that lost its leading zero. What the reader is told: the country's `NationalCodes`
(from its declaration profile) and whether six digits are an HS subheading (the nomenclature), see reader."""

import re
from collections.abc import Callable
from dataclasses import dataclass

from application.ports.reader import NationalCodes

SHORTEST_CODE, LONGEST_CODE = 3, 14  # 3: a 4-digit heading that lost its leading zero
_LOST_LEADING_ZERO = (3, 5, 7, 9, 11)  # a code typed as a number in Excel loses its leading zero
_GROUPS = re.compile(r"[\s.\-/,]+")


def no_subheading(hs6: str) -> bool:
    """Where the nomenclature is not known: no six digits are taken for a subheading."""
    return False


@dataclass(frozen=True, slots=True)
class DeclaredCodes:
    """How one list's codes are read: `national`, the declaring country's lines (None: no code is taken for a
    national line); `is_subheading`, whether six digits are an HS subheading."""

    national: NationalCodes | None = None
    is_subheading: Callable[[str], bool] = no_subheading

    def read(self, written: str, digits: str) -> tuple[str | None, str | None]:
        """The code's digits (None: no code) and the warning its cell gets (None: none). `digits`: the written
        code without its punctuation."""
        if not digits.isdigit() or not SHORTEST_CODE <= len(digits) <= LONGEST_CODE:
            return None, f"'{written}' is not a commodity code; it is left out"
        if (national := self._national_line(written, digits)) is not None:
            return national
        warning = None
        if _lost_its_leading_zero(written, digits):
            digits = f"0{digits}"
            warning = f"'{written}' looks like a code that lost its leading zero; read as {digits}"
        if digits.startswith("00"):
            return None, f"'{written}' is not a commodity code (the HS chapters run from 01 to 97); it is left out"
        return digits, warning

    def _national_line(self, written: str, digits: str) -> tuple[str, str | None] | None:
        """The code as the country's national line, with a warning when it also reads as a code that lost its
        leading zero; None when it is no national line of the country."""
        national = self.national
        if national is None or len(digits) != national.digits or not self.is_subheading(digits[:6]):
            return None
        if not self.is_subheading(f"0{digits[:5]}") or not _lost_its_leading_zero(written, digits):
            return digits, None
        return digits, (
            f"'{written}' is read as {national.country}'s {national.digits}-digit national code {digits}; if it is a "
            f"{national.digits + 1}-digit code that lost its leading zero, it is 0{digits}"
        )


def _lost_its_leading_zero(written: str, digits: str) -> bool:
    """An odd count of digits written as one number, or whose first group is odd ('902.40'); a code written in
    groups from a 4-digit heading ('8471.30.000', a 9-digit national line) keeps its chapter."""
    if len(digits) not in _LOST_LEADING_ZERO:
        return False
    groups = _GROUPS.split(written.strip())
    return len(groups) == 1 or len(groups[0]) % 2 == 1
