"""Builders and stand-ins shared by the national tariff tests."""

from datetime import UTC, date, datetime

from adapters.classification.nomenclature.in_memory import InMemoryNomenclature
from application.ports.renderer import DeclarationRenderer
from application.ports.tariff import TariffCell, TariffRow
from domain.classification.national_tariff import NationalTariff, NationalTariffLine

TODAY = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)
HS_TEXTS = {
    "841810": "Combined refrigerator-freezers, fitted with separate external doors",
    "110100": "Wheat or meslin flour",
    "252329": "Portland cement, other than white",
    "870323": "Motor cars, spark-ignition, 1500-3000cc",
}


def nomenclature() -> InMemoryNomenclature:
    return InMemoryNomenclature(HS_TEXTS)


def line(code: str, ru: str, en: str | None = None, **validity: date | None) -> NationalTariffLine:
    texts = {"ru": ru} | ({"en": en} if en else {})
    return NationalTariffLine("TM", code, texts, "H87", validity.get("valid_from"), validity.get("valid_to"))


def tariff(*lines: NationalTariffLine, version: str = "v1") -> NationalTariff:
    return NationalTariff("TM", version, TODAY, "tariff.csv", lines)


def row(
    number: int,
    code: str,
    ru: str | None = "Холодильники двухкамерные",
    unit: str | None = "шт",
    valid_from: str | None = "2024-01-01",
    valid_to: str | None = None,
) -> TariffRow:
    """A row as a file with the columns код, наименование, ед. изм., действует с, действует по gives it."""
    return TariffRow(
        number,
        TariffCell("код", code),
        {"ru": TariffCell("наименование", ru)} if ru else {},
        TariffCell("ед. изм.", unit) if unit is not None else None,
        TariffCell("действует с", valid_from) if valid_from is not None else None,
        TariffCell("действует по", valid_to) if valid_to is not None else None,
    )


class RowsReader:
    """The TariffFileReader port answering with the rows it was given."""

    def __init__(self, rows: list[TariffRow]) -> None:
        self.rows = rows

    def read(self, data: bytes, filename: str) -> list[TariffRow]:
        return self.rows


class NineDigitCountries:
    """The part of the CountryRegistry port the import uses: TM lines have 9 digits."""

    def renderer(self, country: str) -> DeclarationRenderer:
        raise KeyError(country)

    def national_code_length(self, country: str) -> int:
        return 9
