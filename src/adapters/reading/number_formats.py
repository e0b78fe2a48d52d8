"""The currency an Excel number format shows: '"€"#,##0.00', '#,##0.00 [$€-407]', '[$USD] #,##0.00',
'#,##0.00 "руб."', '[$₽-419]', '\\$#,##0'. Excel's built-in currency formats (ids 5 to 8) show the currency of
the computer that opens the file, so they name none; nor does a '¥' without a locale ('[$¥-804]' is the yuan,
'[$¥-411]' the yen)."""

import re
from collections.abc import Iterator

from adapters.reading.currencies import code_of_mark
from adapters.reading.text_keys import KEPT_SYMBOLS

# a quoted text, a locale mark '[$€-407]' (symbol, locale id), another bracket ('[Red]', '[<100]'), an escaped
# character, a spacer ('_)' keeps the width of ')', '* ' repeats a space: neither shows it), any other character
_TOKEN = re.compile(r'"([^"]*)"?|\[\$([^\]-]*)-?([0-9A-Fa-f]*)[^\]]*\]|\[[^\]]*\]|\\(.)|[_*].|(.)', re.S)
# '¥' is the yuan and the yen alike; a locale mark's id says which: 804 Chinese (PRC), 411 Japanese
_YEN_OR_YUAN = {0x804: "CNY", 0x411: "JPY"}


def _locale_mark(symbol: str, locale_id: str) -> str:
    if symbol.strip() == "¥" and locale_id:
        return _YEN_OR_YUAN.get(int(locale_id, 16) & 0xFFFF, symbol)
    return symbol


def _marks(format_code: str) -> Iterator[str]:
    """What the format writes around the number, in order: quoted texts, locale marks, literal symbols."""
    for quoted, locale, locale_id, escaped, plain in _TOKEN.findall(format_code):
        if quoted or locale or escaped:
            yield quoted or (locale and _locale_mark(locale, locale_id)) or escaped
        elif plain in KEPT_SYMBOLS:
            yield plain


def currency_of_format(format_code: str) -> str | None:
    """'#,##0.00 [$€-407]' -> 'EUR', '#,##0.00 "руб."' -> 'RUB', '0.00 "kg"' -> None, '[$-409]d mmm' -> None."""
    return next((code for mark in _marks(format_code) if mark.strip() and (code := code_of_mark(mark))), None)
