"""Which 8-bit code page a CSV that is not UTF-8 was saved in: the candidate whose text reads most plausibly in
the languages of the lists (Russian, Turkmen, Turkish, English, German, French, ...).

Each word with a letter outside ASCII scores its length when all its letters belong to one alphabet and its
case is ordinary ('Ürün', 'ŞEKER', 'çäýnegi'), and loses it otherwise ('Aðýrlýk', 'Grцяe', 'нБХЛЕМ'); a word of
the reader's vocabulary ('adı', 'наименование', 'ýurdy') scores more; undefined bytes, control codes and
symbols no list uses ('þ', '╬', '¤') cost. ASCII reads the same in every candidate and is not scored.
Text that reads worse than not at all in every candidate (Chinese in GBK, Japanese in Shift-JIS) is in none.
"""

import re
import unicodedata
from collections import Counter
from string import ascii_lowercase

from adapters.reading.vocabulary import vocabulary_words

# Windows, then KOI8-R and DOS Cyrillic, then the old Mac pages (a list saved on a Mac by an older Excel), then
# ISO Cyrillic and DOS Western (cp850; cp437 writes the letters of Western languages alike); on a tie the first
# wins: text that reads alike in two pages reads the same in both, and a tie keeps what was chosen before
CODE_PAGES = (
    "cp1251",
    "cp1250",
    "cp1254",
    "cp1252",
    "koi8_r",
    "cp866",
    "mac_cyrillic",
    "mac_roman",
    "iso8859_5",
    "cp850",
)
SCORED_BYTES = 64 * 1024
_VOCABULARY_BONUS = 4
_ODD_CHARACTER_COST = 3
_WORD = re.compile(r"[^\W\d_]+")
_MAYBE_ODD = re.compile(r"[^\x00-\x7f\w\s]")  # letters, digits and spaces never are
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


def _word_score(word: str) -> int:
    if word.isascii():
        return 0
    if not _plausible(word):
        return -len(word)
    return len(word) + (_VOCABULARY_BONUS if word.lower() in vocabulary_words() else 0)


def plausibility(text: str) -> int:
    """Each distinct word and character is judged once: a list repeats its words."""
    words = sum(_word_score(word) * count for word, count in Counter(_WORD.findall(text)).items())
    odd = sum(count for character, count in Counter(_MAYBE_ODD.findall(text)).items() if _is_odd(character))
    return words - _ODD_CHARACTER_COST * odd


def code_page(data: bytes) -> tuple[str, bool]:
    """The most plausible of CODE_PAGES for these bytes, and whether it reads them plausibly at all."""
    sample = data[:SCORED_BYTES]
    scores = [(plausibility(sample.decode(name, errors="replace")), -order) for order, name in enumerate(CODE_PAGES)]
    score, order = max(scores)
    return CODE_PAGES[-order], score >= 0
