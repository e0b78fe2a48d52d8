"""Countries are looked up by ISO code; an unknown one is a clear error."""

import pytest

from adapters.declaration import registry
from adapters.declaration.errors import UnknownCountry


def test_turkmenistan_is_known_with_its_eight_plus_one_split() -> None:
    country = registry.get("tm")

    assert (country.iso, country.national_code_length, country.commodity_digits) == ("TM", 9, 8)
    assert country.national_currency == "TMT"
    assert country.schema_bytes().startswith(b"<?xml")
    assert "TM" in registry.known()


def test_an_unknown_country_names_the_known_ones() -> None:
    with pytest.raises(UnknownCountry, match=r"no declaration schema for country 'KZ'; known: .*TM"):
        registry.get("KZ")
