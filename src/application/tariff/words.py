"""Words of a description and of a tariff line's texts, and when two of them are the same word.

Tariff texts and invoice lines inflect ('двухкамерные' / 'двухкамерный', 'kamera' / 'kameraly') and suppliers
mistype, so two words are the same when one starts the other, when they share all but their last two letters,
or when they are near spellings of each other.
"""

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

_WORD = re.compile(r"[^\W\d_]+")
_SHORTEST = 3
_FUZZY_SHORTEST, _FUZZY_CUTOFF = 6, 85.0
_USED = re.compile(r"(?<!\w)[бb]\s*[/.]\s*[уu]\.?(?!\w)")  # 'б/у', 'б.у.', 'b/u': used
_JARGON = {  # trade or English words a tariff line never uses -> the tariff's own words for the same attribute
    "led": "lcd жидкокристаллическим", "qled": "lcd жидкокристаллическим", "жк": "жидкокристаллическим",
    "lcd": "жидкокристаллическим", "secondhand": "used", "пробегом": "бывшие употреблении used",
    "нераф": "нерафинированное", "раф": "рафинированное", "double": "two", "двухдверный": "двухкамерные",
    "gapyly": "kameraly",
    "men": "мужская мужские мужской erkek", "man": "мужская мужские мужской erkek",
    "boys": "мальчиков oglan", "women": "женская женские женской aýal", "woman": "женская женские женской aýal",
    "ladies": "женская женские женской aýal", "girls": "девочек gyzlar",
}  # fmt: skip
_RESIDUAL = frozenset(
    {"прочие", "прочий", "прочая", "прочее", "прочей", "прочих", "прочего", "прочим", "other", "others", "beýlekiler",
     "beýleki", "beýlekisi"}
)  # fmt: skip
_FILLER_WORDS = (  # words of three letters or more that say nothing about the goods (shorter ones are dropped)
    "или для без более менее кроме при его как так and the for with without not more less than exceeding from "
    "bilen üçin däl has köp hem"
)
_FILLER = frozenset(_FILLER_WORDS.split()) | _RESIDUAL


def words(text: str) -> list[str]:
    """Case-folded words of three letters or more, filler and 'other' left out, in the order written."""
    folded = unicodedata.normalize("NFC", text).casefold().replace("ё", "е")
    folded = _USED.sub(" бывшие в употреблении used ", folded)
    found = [w for raw in _WORD.findall(folded) for w in [raw, *_JARGON.get(raw, "").split()]]
    return [w for w in found if len(w) >= _SHORTEST and w not in _FILLER]


def is_residual(text: str) -> bool:
    """An 'other' line ('– – прочие', 'of other cotton fabric', 'Beýlekiler'): it takes what no sibling names."""
    return any(word in _RESIDUAL for word in _WORD.findall(unicodedata.normalize("NFC", text).casefold()))


@lru_cache(maxsize=65536)
def same_word(first: str, second: str) -> bool:
    if first == second:
        return True
    shorter, longer = sorted((first, second), key=len)
    if len(shorter) >= 4 and longer.startswith(shorter):
        return True
    common = len(_common_prefix(first, second))
    if common >= max(_SHORTEST, len(shorter) - 2):
        return True
    return len(shorter) >= _FUZZY_SHORTEST and fuzz.ratio(first, second) >= _FUZZY_CUTOFF


def _common_prefix(first: str, second: str) -> str:
    size = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        size += 1
    return first[:size]
