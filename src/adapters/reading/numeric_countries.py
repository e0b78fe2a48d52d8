"""ISO 3166 numeric country codes ('643': Russia, '156': China), as the Russian УПД writes the origin in its column
'Страна происхождения товара цифровой код' beside the short name ('... краткое наименование'). They are read in
an origin column whose header says it holds codes; a column of the country's name is the origin before it."""

import re
from collections.abc import Callable
from functools import cache

import pycountry

from adapters.reading.countries import country_code
from adapters.reading.text_keys import text_key

_NAMES_CODES = re.compile(r"(?:^| )(?:код|кода|цифровой|code|codes|numeric|kod|kodu)(?: |$)")
_NUMERIC = re.compile(r"(\d{1,3})(?:[.,]0+)?")  # '643', or 4 as a workbook holds '004' as a number: '4', '4.0'
CODES_BELOW_NAMES = 10.0  # what a header of country codes scores less for the origin than one of names


def names_country_codes(header: str) -> bool:
    """Whether an origin header says its column holds codes: 'цифровой код', 'Country code', 'Menşe ülke kodu'."""
    return bool(_NAMES_CODES.search(text_key(header)))


@cache
def _numeric_index() -> dict[str, str]:
    return {country.numeric: country.alpha_2 for country in pycountry.countries}


def _numeric_or_written(text: str) -> str | None:
    numeric = _NUMERIC.fullmatch(text.strip())
    return _numeric_index().get(numeric.group(1).zfill(3)) if numeric else country_code(text)


def origin_reading(header: str | None) -> Callable[[str], str | None]:
    """How the origin column headed `header` is read: its numeric codes too where the header names codes."""
    return _numeric_or_written if header is not None and names_country_codes(header) else country_code
