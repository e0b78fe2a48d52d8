"""Comparable keys for header, unit, country and currency texts: case, accents and punctuation removed."""

import re
import unicodedata

KEPT_SYMBOLS = "$€£¥₽₺₸₼₹₩"
_SEPARATORS = re.compile(rf"[^\w{KEPT_SYMBOLS}]+|_+")
_SYMBOL = re.compile(rf"([{KEPT_SYMBOLS}])")


def text_key(text: str) -> str:
    """'Вес нетто, кг' -> 'вес нетто кг'; 'Harydyň ady' -> 'harydyn ady'; 'US$' -> 'us $'."""
    folded = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е").replace("ı", "i")
    decomposed = unicodedata.normalize("NFKD", folded)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    spaced = _SYMBOL.sub(r" \1 ", plain)
    return " ".join(_SEPARATORS.sub(" ", spaced).split())
