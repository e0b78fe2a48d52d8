"""Stems for English, Russian (Snowball via PyStemmer) and Turkmen (a light suffix stripper)."""

from functools import cache, lru_cache
from typing import Any

from adapters.classification.offline.word_lists import listed

_TURKMEN_SUFFIXES = sorted(
    listed(
        "larynyň leriniň larydan leriden lardaky lerdäki lardan lerden larda lerde lara lere lary leri "
        "lar ler daky däki nyň niň dan den tan ten yň iň uň üň ny ni da de ta te sy si"
    ),
    key=len,
    reverse=True,
)
_MIN_STEM = 3
_MIN_PLURAL_STEM = 2  # "boxes" -> "box"
_ENGLISH_PLURALS = (
    ("ies", "y"),
    ("sses", "ss"),
    ("xes", "x"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("ss", "ss"),
    ("us", "us"),
    ("is", "is"),
    ("s", ""),
)
_MIN_IE_STEM = 3  # "hoodie" reads as "hoody" (the stem of "hoodies"); "tie" and "pie" stay
# ... but Russian nouns in -ение/-ание typed in Latin letters ("sseplenie", a clutch) keep their ending
_TRANSLITERATED_RUSSIAN = ("enie", "anie")
_VOWELS = frozenset("aeäiyoöuü")
_POSSESSIVE_VOWELS = frozenset("yiuü")  # "Honda", "Mazda", "Tide" end in a vowel that is no possessive
_UNVOICED = {"g": "k", "b": "p", "d": "t"}  # "köýnek" -> "köýnegi": k, p, t voice before a vowel (ç -> j too,
# but "-jy" is mostly the doer's ending: "kir ýuwujy" is a washer, not the possessive of a "ýuwuç")
_MIN_ALTERNATING_STEM = 4  # a monosyllable keeps its consonant: "ýagy" is the possessive of "ýag" (oil), not "ýak"
_MIN_STEM_BEFORE_SHORT_SUFFIX = 4  # "pagta" (cotton) keeps its "ta"; "aýakgapda" loses its "da"
# Russian words ending so are indeclinable loans (радио, видео, стерео) and brand names (Касио, Валио):
# Snowball would cut "касио" to "кас", which is a fertiliser (КАС-32), and "валио" to "вал" (a shaft)
_INDECLINABLE_ENDINGS = ("ио", "ео")
_VOICELESS = frozenset("pçctksşfh")  # "-ta", "-te", "-tan", "-ten" follow these only: "Toyota" keeps its "ta"


@cache
def _snowball(language: str) -> Any:
    import Stemmer

    return Stemmer.Stemmer(language)


def turkmen_stem(word: str) -> str:
    """Strips up to two plural, possessive or case endings, keeping at least three letters; the consonant a
    vowel ending voiced is unvoiced again ("çäýnegi" -> "çäýnek", "aýakgaby" -> "aýakgap")."""
    written, before_vowel = word, False
    for _ in range(2):
        for suffix in _TURKMEN_SUFFIXES:
            shortest = _MIN_STEM if len(suffix) > 2 else _MIN_STEM_BEFORE_SHORT_SUFFIX
            if (
                word.endswith(suffix)
                and len(word) - len(suffix) >= shortest
                and (suffix[0] != "t" or word[-len(suffix) - 1] in _VOICELESS)
            ):
                word, before_vowel = word[: -len(suffix)], suffix[0] in _VOWELS
                break
        else:
            break
    if word == written and len(word) > _MIN_STEM and word[-1] in _POSSESSIVE_VOWELS and word[-2] in _UNVOICED:
        word, before_vowel = word[:-1], True  # the bare possessive or accusative vowel: "aýakgaby"
    if before_vowel and len(word) >= _MIN_ALTERNATING_STEM and word[-1] in _UNVOICED:
        return word[:-1] + _UNVOICED[word[-1]]
    return word


@lru_cache(maxsize=2**17)
def stem(word: str, turkmen: bool = False) -> str:
    """The stem of one lower-case word; the script picks Russian, the line's language picks Turkmen."""
    if "/" in word or "&" in word:
        return word  # a slash abbreviation ("х/б") or initials ("h&s") are their own stem
    if any("а" <= letter <= "я" for letter in word):
        return word if word.endswith(_INDECLINABLE_ENDINGS) else str(_snowball("russian").stemWord(word))
    if turkmen:
        return turkmen_stem(word)
    return str(_snowball("english").stemWord(word))


@lru_cache(maxsize=2**17)
def light_stem(word: str, turkmen: bool = False) -> str:
    """Like `stem`, but English only loses its plural ending: "bearings" -> "bearing", never "bear"; a
    singular in "-ie" meets its plural in "-ies" ("pantie", "panties" -> "panty")."""
    if "/" in word or "&" in word:
        return word
    if turkmen or any("а" <= letter <= "я" for letter in word):
        return stem(word, turkmen)
    for ending, replacement in _ENGLISH_PLURALS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_PLURAL_STEM:
            return word[: -len(ending)] + replacement
    if word.endswith("ie") and len(word) - 2 >= _MIN_IE_STEM and not word.endswith(_TRANSLITERATED_RUSSIAN):
        return word[:-2] + "y"
    return word
