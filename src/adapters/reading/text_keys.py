"""Comparable keys for header, unit, country and currency texts: case, accents and punctuation removed."""

import re
import unicodedata

KEPT_SYMBOLS = "$€£¥₽₺₸₼₹₩₪₴"
_SEPARATORS = re.compile(rf"[^\w{KEPT_SYMBOLS}]+|_+")
_SYMBOL = re.compile(rf"([{KEPT_SYMBOLS}])")


# letters that keep no accent to drop but are written for another: Polish 'ł' as 'l' by a keyboard without it,
# Persian 'ی' and 'ک' as Arabic 'ي' and 'ك' by Arabic code pages and keyboards; the Arabic stretching mark 'ـ'
_FOLDED = str.maketrans({"ё": "е", "ı": "i", "ł": "l", "ی": "ي", "ى": "ي", "ک": "ك", "ـ": None})


def text_key(text: str) -> str:
    """'Вес нетто, кг' -> 'вес нетто кг'; 'Harydyň ady' -> 'harydyn ady'; 'US$' -> 'us $'; 'Ilość' -> 'ilosc'."""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_FOLDED)
    decomposed = unicodedata.normalize("NFKD", folded)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    spaced = _SYMBOL.sub(r" \1 ", plain)
    return " ".join(_SEPARATORS.sub(" ", spaced).split())
