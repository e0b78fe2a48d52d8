from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from domain.classification.national_tariff import NationalTariff


class NationalTariffStore(Protocol):
    """The imported national tariffs, one current version per country, seen by every worker."""

    def current(self, country: str) -> NationalTariff | None:
        """The version in force for `country`; None when no tariff was imported."""
        ...

    def save(self, tariff: NationalTariff) -> None:
        """Keeps `tariff` as a new version and makes it the current one, at once for every reader."""
        ...


@dataclass(frozen=True, slots=True)
class TariffCell:
    """A cell's text and the column it stands in, as the file names it (e.g. "C 'ady'")."""

    column: str
    text: str


@dataclass(frozen=True, slots=True)
class TariffRow:
    """One row of a tariff file as written; `row` is its line or spreadsheet row number."""

    row: int
    code: TariffCell
    descriptions: dict[str, TariffCell]  # language (tk, ru, en) -> cell; only non-empty cells
    unit: TariffCell | None = None
    valid_from: TariffCell | None = None
    valid_to: TariffCell | None = None


class TariffFileReader(Protocol):
    """The rows of a national tariff in CSV or XLSX, with headers in English, Russian or Turkmen."""

    def read(self, data: bytes, filename: str) -> list[TariffRow]:
        """Raises UnusableFile when the file is no table or has no code or description column."""
        ...


SupplementaryUnits = Callable[[str], str | None]
"""A unit as a tariff writes it ('шт', 'H87', 'l') -> its UN/ECE Rec 20 code; None when unknown."""
