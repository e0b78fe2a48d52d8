"""A description's word typed in two alphabets ('Хoлодильник' with a Latin 'o', 'Çaý' with a Cyrillic 'а'), as
switched keyboard layouts and pasted text leave them: written in the alphabet most of its letters are in, where
each of the others has a letter that looks the same there. `in_one_alphabet` never touches a word in one alphabet
('Caxap' may be a brand), nor one with a letter that has no look-alike ('Wi-Fiроутер' keeps its 'W', 'F' and 'i');
`in_cyrillic` writes a Latin word in Cyrillic for a caller that knows the words around it."""

import re

_LATIN_TO_CYRILLIC = dict(zip("aceopxykABCEHKMOPTXYi", "асеорхукАВСЕНКМОРТХУі", strict=True))
_CYRILLIC_TO_LATIN = {cyrillic: latin for latin, cyrillic in _LATIN_TO_CYRILLIC.items()} | {"ј": "j", "ѕ": "s"}
_WORD = re.compile(r"[^\W\d_]+")


def in_one_alphabet(text: str) -> str:
    """The text with each of its two-alphabet words written in one (see the module)."""
    if text.isascii():
        return text
    return _WORD.sub(lambda word: _one_alphabet(word.group()), text)


def _one_alphabet(word: str) -> str:
    cyrillic = [letter for letter in word if "\u0400" <= letter <= "\u04ff"]
    latin = [letter for letter in word if letter.isascii() or "\u00c0" <= letter <= "\u024f"]
    if not cyrillic or not latin:
        return word
    minority, into = (latin, _LATIN_TO_CYRILLIC) if len(cyrillic) >= len(latin) else (cyrillic, _CYRILLIC_TO_LATIN)
    if any(letter not in into for letter in minority):
        return word
    return "".join(into.get(letter, letter) for letter in word)


def in_cyrillic(word: str) -> str | None:
    """A word wholly in Latin letters that all have a Cyrillic look-alike ('Caxap'), written in Cyrillic ('Сахар');
    None for any other. Whether it was meant so only the words around it and a vocabulary can tell."""
    if not word.isascii() or not word.isalpha() or any(letter not in _LATIN_TO_CYRILLIC for letter in word):
        return None
    return "".join(_LATIN_TO_CYRILLIC[letter] for letter in word)
