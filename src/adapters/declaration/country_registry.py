from functools import cache

from adapters.declaration import registry
from adapters.declaration.renderer import XsdataDeclarationRenderer
from application.ports.reader import NationalCodes


class DeclarationCountries:
    """The CountryRegistry port over the `countries/` folders: one compiled renderer per country, reused."""

    @cache  # noqa: B019 - one registry lives as long as the process
    def renderer(self, country: str) -> XsdataDeclarationRenderer:
        return XsdataDeclarationRenderer(registry.get(country))

    def national_code_length(self, country: str) -> int:
        return registry.get(country).national_code_length

    def national_codes(self, country: str) -> NationalCodes:
        """How the country writes its national tariff lines, for the reader (UnknownCountry: no schema for it)."""
        schema = registry.get(country)
        return NationalCodes(schema.name, schema.national_code_length)
