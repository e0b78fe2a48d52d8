"""Commodity codes: the HS-6 subheading and the national tariff line below it."""

import re
from dataclasses import dataclass

from domain.errors import InvalidCommodityCode

_DIGITS = re.compile(r"\d+")
UNDIVIDED_SUFFIX_DIGIT = "0"


def digits_of(text: str) -> str:
    """'8471.30-00 0' -> '847130000': the digits a broker meant, separators dropped."""
    return "".join(_DIGITS.findall(text))


@dataclass(frozen=True, slots=True)
class CommodityCode:
    """A national tariff line: HS-6 plus the national subdivision digits.

    `verified` is False when the subdivision was not looked up in a national tariff
    (the undivided form, HS-6 padded with zeros), which is correct only where the
    country does not subdivide that subheading.
    """

    national: str
    verified: bool = True

    def __post_init__(self) -> None:
        if not self.national.isdigit() or len(self.national) < 6:
            raise InvalidCommodityCode(f"'{self.national}' is not a commodity code (6 or more digits)")

    @classmethod
    def undivided(cls, hs6: str, national_length: int) -> "CommodityCode":
        if not (hs6.isdigit() and len(hs6) == 6):
            raise InvalidCommodityCode(f"'{hs6}' is not an HS-6 subheading")
        return cls(hs6 + "0" * (national_length - 6), verified=False)

    @property
    def hs6(self) -> str:
        return self.national[:6]

    @property
    def heading(self) -> str:
        return self.national[:4]

    @property
    def chapter(self) -> str:
        return self.national[:2]

    def split(self, commodity_digits: int) -> tuple[str, str]:
        """The ASYCUDA split: (Commodity_code, Precision_1), e.g. 8 + 1 for Turkmenistan."""
        return self.national[:commodity_digits], self.national[commodity_digits:]

    def __str__(self) -> str:
        return self.national
