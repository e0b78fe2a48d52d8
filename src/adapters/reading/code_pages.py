"""Which 8-bit code page a CSV that is not UTF-8 was saved in: the candidate whose text reads most plausibly in
the languages of the lists (Russian, Turkmen, Turkish, English, German, French, ...).

Each word with a letter outside ASCII scores its length when all its letters belong to one alphabet and its
case is ordinary ('Ürün', 'ŞEKER', 'çäýnegi'), and loses it otherwise ('Aðýrlýk', 'Grцяe', 'нБХЛЕМ'); a word of
the reader's vocabulary ('adı', 'наименование', 'ýurdy') scores more; undefined bytes, control codes and
symbols no list uses ('þ', '╬', '¤') cost. ASCII reads the same in every candidate and is not scored.
"""

import re
import unicodedata
from string import ascii_lowercase

from adapters.reading.vocabulary import vocabulary_words

# Windows, then KOI8-R and DOS Cyrillic, then the old Mac pages (a list saved on a Mac by an older Excel); on a
# tie the first wins: text that reads alike in two pages reads the same in both
CODE_PAGES = ("cp1251", "cp1250", "cp1254", "cp1252", "koi8_r", "cp866", "mac_cyrillic", "mac_roman")
SCORED_BYTES = 64 * 1024
_VOCABULARY_BONUS = 4
_ODD_CHARACTER_COST = 3
_WORD = re.compile(r"[^\W\d_]+")
_COMMON_SYMBOLS = frozenset("«»„“”‘’‚–—…№°²³€£¥₽×·•‰§©®™±µ\u00a0\u202f")


def _both_cases(letters: str) -> frozenset[str]:
    return frozenset(letters + letters.upper())


_ALPHABETS = (
    _both_cases("абвгдеёжзийклмнопрстуфхцчшщъыьэюя"),  # Russian
    _both_cases(ascii_lowercase + "çäňöşüýž"),  # Turkmen
    _both_cases(ascii_lowercase + "çğıöşüâîû") | {"İ"},  # Turkish
    _both_cases(ascii_lowercase + "äöüß"),  # German
    _both_cases(ascii_lowercase + "àâæçéèêëîïôœùûüÿáíóúñ"),  # French, Spanish, Italian, Portuguese
)


def _plausible(word: str) -> bool:
    ordinary_case = word.islower() or word.isupper() or word.istitle()
    return ordinary_case and any(alphabet.issuperset(word) for alphabet in _ALPHABETS)


def _is_odd(character: str) -> bool:
    """Not a letter, digit, space or punctuation a product list writes; an undefined byte or control code."""
    if character.isascii():
        return not (character.isprintable() or character in "\t\r\n")
    if character.isalnum() or character.isspace() or character in _COMMON_SYMBOLS:
        return False
    return unicodedata.category(character)[0] != "P" or character == "\ufffd"


def plausibility(text: str) -> int:
    score = 0
    vocabulary = vocabulary_words()
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        if not _plausible(word):
            score -= len(word)
            continue
        score += len(word) + (_VOCABULARY_BONUS if word.lower() in vocabulary else 0)
    return score - _ODD_CHARACTER_COST * sum(1 for ch in text if not ch.isascii() and _is_odd(ch))


def code_page(data: bytes) -> str:
    """The most plausible of CODE_PAGES for these bytes."""
    sample = data[:SCORED_BYTES]
    scores = [(plausibility(sample.decode(name, errors="replace")), -order) for order, name in enumerate(CODE_PAGES)]
    return CODE_PAGES[-max(scores)[1]]
