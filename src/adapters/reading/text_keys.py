"""Comparable keys for header, unit, country and currency texts: case, accents and punctuation removed."""

import re
import unicodedata

KEPT_SYMBOLS = "$€£¥₽₺₸₼₹₩₪₴"
_SEPARATORS = re.compile(rf"[^\w{KEPT_SYMBOLS}]+|_+")
_SYMBOL = re.compile(rf"([{KEPT_SYMBOLS}])")


# letters that keep no accent to drop but are written for another: Polish 'ł' as 'l' by a keyboard without it,
# Persian 'ی' and 'ک' as Arabic 'ي' and 'ك' by Arabic code pages and keyboards; the Arabic stretching mark 'ـ';
# Uzbek 'ʻ' and 'ʼ' (modifier letters, word characters to a regex) as the apostrophe keyboards type for them
_FOLDED = str.maketrans({"ё": "е", "ı": "i", "ł": "l", "ی": "ي", "ى": "ي", "ک": "ك", "ـ": None, "ʻ": "'", "ʼ": "'"})
# the marks Uzbek Latin writes in 'oʻ' and 'gʻ' (ʻ, and ' ’ ` for it on keyboards without it), and the apostrophes
# inside names such as "People's" and "Côte d'Ivoire"
_APOSTROPHES = re.compile("['ʻʼ’‘`´]")


def text_key(text: str) -> str:
    """'Вес нетто, кг' -> 'вес нетто кг'; 'Harydyň ady' -> 'harydyn ady'; 'US$' -> 'us $'; 'Ilość' -> 'ilosc'."""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_FOLDED)
    decomposed = unicodedata.normalize("NFKD", folded)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    spaced = _SYMBOL.sub(r" \1 ", plain)
    return " ".join(_SEPARATORS.sub(" ", spaced).split())


def name_key(text: str) -> str:
    """text_key without apostrophes, so that every way of writing one joins the word: "O'zbekiston",
    'Oʻzbekiston' and 'O’zbekiston' -> 'ozbekiston'."""
    return text_key(_APOSTROPHES.sub("", text))
