"""Headers saying their column holds codes, as the Russian УПД heads two columns for its unit ('Единица измерения
код' by '... условное обозначение (национальное)') and two for the origin ('Страна происхождения товара цифровой
код' by '... краткое наименование'): such a header names its field at the least score that names one, so a column
of names beside it is read first and the codes where the names are not (see okei_units, numeric_countries)."""

import re

from adapters.reading.text_keys import text_key

_NAMES_CODES = re.compile(r"(?:^| )(?:код|кода|цифровой|code|codes|numeric|kod|kodu)(?: |$)")
CODED_FIELDS = ("unit", "origin")


def names_codes(header: str) -> bool:
    """'Единица измерения код', 'Страна происхождения товара цифровой код', 'Country code', 'Menşe ülke kodu'."""
    return bool(_NAMES_CODES.search(text_key(header)))
