"""A country's national tariff: the lines below each HS-6 subheading, with their texts, unit and validity."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from domain.errors import InvalidCommodityCode

LANGUAGES = ("ru", "tk", "en")  # the order a line's text is shown in when no language is asked for


@dataclass(frozen=True, slots=True)
class NationalTariffLine:
    """One national tariff line (e.g. 841810200 for TM), valid from `valid_from` to `valid_to` inclusive."""

    country: str
    code: str
    texts: dict[str, str] = field(default_factory=dict)  # language (tk, ru, en) -> description
    supplementary_unit: str | None = None  # UN/ECE Rec 20, e.g. H87, KGM, LTR, PR, MTK
    valid_from: date | None = None
    valid_to: date | None = None

    def __post_init__(self) -> None:
        if not self.code.isdigit() or len(self.code) <= 6:
            raise InvalidCommodityCode(f"'{self.code}' is not a national tariff line (more than 6 digits)")

    @property
    def hs6(self) -> str:
        return self.code[:6]

    def valid_on(self, day: date) -> bool:
        starts = self.valid_from is None or self.valid_from <= day
        return starts and (self.valid_to is None or day <= self.valid_to)

    def text(self, language: str | None = None) -> str:
        """The description in `language` when the tariff has it, else in the first of LANGUAGES it has."""
        if language and language in self.texts:
            return self.texts[language]
        return next((self.texts[lang] for lang in LANGUAGES if lang in self.texts), "")

    @property
    def spaced_code(self) -> str:
        """'841810200' -> '8418 10 200', as tariffs print it."""
        return f"{self.code[:4]} {self.code[4:6]} {self.code[6:]}"


class NationalTariff:
    """One imported version of a country's tariff; lines are looked up by HS-6 subheading and by code."""

    def __init__(
        self, country: str, version: str, imported_at: datetime, source: str, lines: Iterable[NationalTariffLine]
    ) -> None:
        self.country, self.version, self.imported_at, self.source = country, version, imported_at, source
        self.lines = tuple(lines)
        self._by_hs6: dict[str, list[NationalTariffLine]] = {}
        for line in self.lines:
            self._by_hs6.setdefault(line.hs6, []).append(line)

    def lines_under(self, hs6: str, day: date) -> list[NationalTariffLine]:
        """The lines under an HS-6 subheading that are in force on `day`, in code order."""
        return sorted((ln for ln in self._by_hs6.get(hs6, []) if ln.valid_on(day)), key=lambda ln: ln.code)

    def line(self, code: str, day: date) -> NationalTariffLine | None:
        return next((ln for ln in self.lines_under(code[:6], day) if ln.code == code), None)

    @property
    def states_units(self) -> bool:
        """Whether any line names a supplementary unit: a tariff imported without them leaves every line's unknown."""
        return any(line.supplementary_unit for line in self.lines)

    @property
    def subheadings(self) -> frozenset[str]:
        """The HS-6 subheadings this tariff divides into national lines."""
        return frozenset(self._by_hs6)
