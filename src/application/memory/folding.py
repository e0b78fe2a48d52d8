"""Letters a description may be typed without: memory compares descriptions folded, never the engine."""

import re
import unicodedata

from domain.goods.mixed_alphabets import in_one_alphabet

_LATIN_MARKS = re.compile(r"(?<=[a-z])[\u0300-\u036f]+")  # the marks of 'ä ç ň ö ş ü ý ž ğ' once decomposed
_LETTERS = str.maketrans({"ё": "е", "ı": "i"})  # Russian ё typed as е; Turkish dotless ı typed as i


def folded(text: str) -> str:
    """'Gök çaý' and 'GOK CAY' fold alike, as 'Чёрный' and 'черный' and 'Чeрный' (a Latin 'e'); Cyrillic keeps its
    other letters ('й')."""
    text = in_one_alphabet(unicodedata.normalize("NFKC", text)).casefold().translate(_LETTERS)
    return unicodedata.normalize("NFC", _LATIN_MARKS.sub("", unicodedata.normalize("NFD", text)))
