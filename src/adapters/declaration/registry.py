"""The countries Gumruk can declare in: every `countries/<cc>/` package exposing a `COUNTRY`."""

import importlib
import pkgutil
from functools import cache

from adapters.declaration import countries
from adapters.declaration.country import CountrySchema
from adapters.declaration.errors import UnknownCountry


@cache
def _countries() -> dict[str, CountrySchema]:
    found = {}
    for module in pkgutil.iter_modules(countries.__path__):
        schema = importlib.import_module(f"{countries.__name__}.{module.name}").COUNTRY
        found[schema.iso] = schema
    return found


def known() -> list[str]:
    """ISO codes of the registered countries, sorted."""
    return sorted(_countries())


def get(iso: str) -> CountrySchema:
    schema = _countries().get(iso.strip().upper())
    if schema is None:
        raise UnknownCountry(f"no declaration schema for country '{iso}'; known: {', '.join(known()) or 'none'}")
    return schema
