from functools import cache

from adapters.declaration import registry
from adapters.declaration.renderer import XsdataDeclarationRenderer


class DeclarationCountries:
    """The CountryRegistry port over the `countries/` folders: one compiled renderer per country, reused."""

    @cache  # noqa: B019 - one registry lives as long as the process
    def renderer(self, country: str) -> XsdataDeclarationRenderer:
        return XsdataDeclarationRenderer(registry.get(country))

    def national_code_length(self, country: str) -> int:
        return registry.get(country).national_code_length
