"""ISO 3166 numeric country codes ('643': Russia, '156': China), as the Russian УПД writes the origin in its column
'Страна происхождения товара цифровой код': read in an origin column whose header says it holds codes."""

import re
from collections.abc import Callable
from functools import cache

import pycountry

from adapters.reading.code_headers import names_codes
from adapters.reading.countries import country_code
from adapters.reading.union_origins import without_unions

_NUMERIC = re.compile(r"(\d{1,3})(?:[.,]0+)?")  # '643', or 4 as a workbook holds '004' as a number: '4', '4.0'


@cache
def _numeric_index() -> dict[str, str]:
    return {country.numeric: country.alpha_2 for country in pycountry.countries}


def _numeric_or_written(text: str) -> str | None:
    numeric = _NUMERIC.fullmatch(text.strip())
    return _numeric_index().get(numeric.group(1).zfill(3)) if numeric else country_code(text)


def origin_reading(header: str | None) -> Callable[[str], str | None]:
    """How the origin column headed `header` is read: its numeric codes too where the header names codes; a union
    of states as no country (see union_origins)."""
    return without_unions(_numeric_or_written if header is not None and names_codes(header) else country_code)
