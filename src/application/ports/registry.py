from typing import Protocol

from application.ports.renderer import DeclarationRenderer


class CountryRegistry(Protocol):
    """The declaration renderers of the countries Gumruk files in, keyed by ISO alpha-2."""

    def renderer(self, country: str) -> DeclarationRenderer:
        """Raises KeyError for a country without a schema."""
        ...

    def national_code_length(self, country: str) -> int: ...
