"""How plausibly a text read in some code page reads in the languages of the lists (see code_pages).

Each word with a letter outside ASCII scores its length when some alphabet spells it (see alphabets) and its case
is ordinary ('Ürün', 'ŞEKER', 'çäýnegi'), and loses it otherwise ('Aðýrlýk', 'Grцяe', 'нБХЛЕМ'); a word of the
reader's vocabulary ('adı', 'наименование', 'ýurdy') scores more; undefined bytes, control codes and symbols no
list uses ('þ', '╬', '¤') cost. ASCII reads the same in every code page and is not scored."""

import re
import unicodedata
from collections import Counter

from adapters.reading.alphabets import mean_rarity, spelled
from adapters.reading.vocabulary import vocabulary_words

_VOCABULARY_BONUS = 4
_ODD_CHARACTER_COST = 3
_WORD = re.compile(r"[^\W\d_]+")
_MAYBE_ODD = re.compile(r"[^\x00-\x7f\w\s]")  # letters, digits and spaces never are
# the invisible joiners and direction marks of Persian, Arabic and Hebrew text are not odd either
_COMMON_SYMBOLS = frozenset("«»„“”‘’‚–—…№°²³€£¥₽×·•‰§©®™±µ\u00a0\u202f\u200c\u200d\u200e\u200f")


def _plausible(word: str) -> bool:
    uncased = word.lower() == word.upper()  # Hebrew, Arabic
    ordinary_case = uncased or word.islower() or word.isupper() or word.istitle()
    return ordinary_case and spelled(word)


def _is_odd(character: str) -> bool:
    """Not a letter, digit, space or punctuation a product list writes; an undefined byte or control code."""
    if character.isascii():
        return not (character.isprintable() or character in "\t\r\n")
    if character.isalnum() or character.isspace() or character in _COMMON_SYMBOLS:
        return False
    return unicodedata.category(character)[0] != "P" or character == "\ufffd"


def _word_score(word: str) -> int:
    """A word of the vocabulary scores more, but not one of a letter ('р' for roubles is 'à' in cp1252)."""
    if not _plausible(word):
        return -len(word)
    return len(word) + (_VOCABULARY_BONUS if len(word) > 1 and word.lower() in vocabulary_words() else 0)


def _words_beyond_ascii(text: str) -> list[tuple[str, int]]:
    """Each distinct word with a letter beyond ASCII, and how often it stands: a list repeats its words."""
    return [(word, count) for word, count in Counter(_WORD.findall(text)).items() if not word.isascii()]


def plausibility(text: str) -> int:
    """Each distinct word and character is judged once, and counts as often as it stands."""
    words = sum(_word_score(word) * count for word, count in _words_beyond_ascii(text))
    odd = sum(count for character, count in Counter(_MAYBE_ODD.findall(text)).items() if _is_odd(character))
    return words - _ODD_CHARACTER_COST * odd


def letter_rarity(text: str) -> tuple[float, int]:
    """How rare, on average, the letters of the distinct plausible words beyond ASCII are in the text's languages
    (see alphabets.mean_rarity), and how many letters that is: a text in its own code page writes the common
    letters of its language. A word repeated tells no more, and a word of one letter ('à', 'с') no language."""
    words = [word for word, _ in _words_beyond_ascii(text) if len(word) > 1 and _plausible(word)]
    return mean_rarity(words), sum(len(word) for word in words)
