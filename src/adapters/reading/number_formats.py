"""The currency an Excel number format shows: '"€"#,##0.00', '#,##0.00 [$€-407]', '[$USD] #,##0.00',
'#,##0.00 "руб."', '[$₽-419]', '\\$#,##0'. Excel's built-in currency formats (ids 5 to 8) show the currency of
the computer that opens the file, so they name none."""

import re
from collections.abc import Iterator

from adapters.reading.currencies import code_of_mark
from adapters.reading.text_keys import KEPT_SYMBOLS

# a quoted text, a locale mark '[$€-407]', another bracket ('[Red]', '[<100]'), an escaped character, a spacer
# ('_)' keeps the width of ')', '* ' repeats a space: neither shows the character), any other character
_TOKEN = re.compile(r'"([^"]*)"?|\[\$([^\]-]*)[^\]]*\]|\[[^\]]*\]|\\(.)|[_*].|(.)', re.S)


def _marks(format_code: str) -> Iterator[str]:
    """What the format writes around the number, in order: quoted texts, locale marks, literal symbols."""
    for quoted, locale, escaped, plain in _TOKEN.findall(format_code):
        if quoted or locale or escaped:
            yield quoted or locale or escaped
        elif plain in KEPT_SYMBOLS:
            yield plain


def currency_of_format(format_code: str) -> str | None:
    """'#,##0.00 [$€-407]' -> 'EUR', '#,##0.00 "руб."' -> 'RUB', '0.00 "kg"' -> None, '[$-409]d mmm' -> None."""
    return next((code for mark in _marks(format_code) if mark.strip() and (code := code_of_mark(mark))), None)
