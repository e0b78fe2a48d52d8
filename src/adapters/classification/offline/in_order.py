"""Known words found by a shorter word whose letters they hold in order: "mscra" in "mascara", "crm" in "cream"."""

from collections.abc import Iterable

import numpy as np


def _letters(word: str) -> int:
    """The set of a lower-case Latin word's letters as bits."""
    return sum(1 << (ord(letter) - ord("a")) for letter in set(word))


class InOrderWords:
    """Lower-case Latin words filed by first letter, each with its letters as a bit mask: the mask and the length
    rule out most words at once, and only the rest are read letter by letter."""

    def __init__(self, words: Iterable[str]) -> None:
        by_letter: dict[str, list[str]] = {}
        for word in sorted(set(words)):
            by_letter.setdefault(word[0], []).append(word)
        self._words = by_letter
        self._letters = {first: np.array([_letters(word) for word in listed]) for first, listed in by_letter.items()}
        self._lengths = {first: np.array([len(word) for word in listed]) for first, listed in by_letter.items()}

    def longer(self, token: str, longest: int) -> list[str]:
        """The words longer than `token` (up to `longest` letters) that begin with its first letter and hold all
        its letters in order, sorted."""
        first = token[:1]
        if first not in self._words:
            return []
        needed = _letters(token)
        lengths = self._lengths[first]
        maybe = np.flatnonzero(
            ((self._letters[first] & needed) == needed) & (lengths > len(token)) & (lengths <= longest)
        )
        return [word for word in (self._words[first][i] for i in maybe) if _holds_in_order(word, token)]


def _holds_in_order(word: str, token: str) -> bool:
    remaining = iter(word)
    return all(letter in remaining for letter in token)
