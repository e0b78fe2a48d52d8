"""Spells out shortened words of parcel lines: "mscra", "shmp", "barsoap", a last word cut short."""

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache

from adapters.classification.offline.in_order import InOrderWords
from adapters.classification.offline.text import STOP_WORDS, is_turkmen, normalise, replace_words, stems, words

_VOWELS = frozenset("aeiouy")
_LATIN = re.compile(r"[a-z]+")
_LONE_LETTER = re.compile(r"(?<![\w'’])([a-z]) ([a-z]{2,})\b")
_WORD_PAIR = re.compile(r"\b(?=([a-z]{2,}) ([a-z]{2,})\b)")  # every pair of neighbours, overlapping
MIN_LENGTH = 3
MIN_CONSONANT_COVER = 0.75  # share of the word's consonants the abbreviation keeps, in order
MOST_PARTS = 4  # words one glued token may be split into
COMPOUND_USES = 3  # a compound written apart is joined when this many phrases use it ("gearbox", not "applejuice")
MIN_CUT = 4  # a word cut short at the end of a fixed-width field keeps at least this many letters


def least_cover(token: str) -> float:
    """Share of a word's consonants a skeleton must keep: all of them when it keeps a vowel ("foll" is not
    "fiorelli" with its "r" gone), else MIN_CONSONANT_COVER ("hydr crm")."""
    return 1.0 if _VOWELS.intersection(token[1:]) else MIN_CONSONANT_COVER


class Abbreviations:
    """Known words filed by first letter; an unknown short word maps to the word it abbreviates."""

    def __init__(self, vocabulary: Iterable[str]) -> None:
        self._count = Counter(word for word in vocabulary if _LATIN.fullmatch(word))
        self._in_order = InOrderWords(word for word in self._count if len(word) > MIN_LENGTH)
        self.expand = lru_cache(maxsize=2**15)(self._expand)

    def knows(self, word: str) -> bool:
        return word in self._count

    def uses(self, word: str) -> int:
        return self._count[word]

    def _expand(self, token: str, last: bool) -> str | None:
        """The known word(s) `token` stands for; a plain prefix counts only for the line's last word."""
        if len(token) < MIN_LENGTH or not _LATIN.fullmatch(token):
            return None
        best: list[tuple[float, int, str]] = []
        for word in self._in_order.longer(token, 3 * len(token) + 2):
            fit = _cut_fit(token, word) if word.startswith(token) else _skeleton_fit(token, word)
            if fit is not None and (last or not word.startswith(token)):
                best.append((fit, self._count[word], word))
        if not best:
            return self._split(token)
        best.sort(reverse=True)
        if len(best) > 1 and best[1][:2] == best[0][:2]:
            return None
        return best[0][2]

    def _split(self, token: str) -> str | None:
        """Known words written together ("barsoap" -> "bar soap", "ladiessyntheticskirt" -> "ladies synthetic
        skirt"): the fewest words, then the most even ones."""
        best: list[tuple[int, int, tuple[str, ...]] | None] = [(0, 0, ())] + [None] * len(token)
        for end in range(MIN_LENGTH, len(token) + 1):
            for start in range(0, end - MIN_LENGTH + 1):
                before, piece = best[start], token[start:end]
                if before is None or before[0] >= MOST_PARTS or piece not in self._count:
                    continue
                candidate = (before[0] + 1, before[1] + len(piece) ** 2, (*before[2], piece))
                current = best[end]
                if current is None or candidate[:2] < current[:2]:
                    best[end] = candidate
        found = best[len(token)]
        return " ".join(found[2]) if found is not None and found[0] > 1 else None


def _cut_fit(token: str, word: str) -> float | None:
    return 1.0 + len(token) / len(word) if len(token) >= MIN_CUT else None


def _skeleton_fit(token: str, word: str) -> float | None:
    """Share of the word's consonants the token keeps (the letters are already known to be in order)."""
    consonants = sum(letter not in _VOWELS for letter in word)
    kept = sum(letter not in _VOWELS for letter in token)
    cover = kept / max(consonants, 1)
    least = least_cover(token)
    return cover if cover >= least else None


class Expander:
    """Rewrites a Latin-script description with its shortened unknown words spelled out."""

    def __init__(self, abbreviations: Abbreviations, known: Callable[[str], bool]) -> None:
        self._abbreviations = abbreviations
        self._known = known  # is this stem already in the index?

    def __call__(self, description: str) -> str:
        tokens = words(description)
        if is_turkmen(tokens) or not any(_LATIN.fullmatch(token) for token in tokens):
            return description
        joined = self._compounds(_LONE_LETTER.sub(self._join, normalise(description)))
        last = len(words(joined)) - 1
        spelled = replace_words(joined, lambda i, token: self._spell(token, i == last))
        return spelled if spelled != normalise(description) else description

    def _join(self, match: re.Match[str]) -> str:
        """A lone letter before a word, written apart ("t shirt", "e book"): one word when that word is known."""
        together = match.group(1) + match.group(2)
        return together if self._abbreviations.knows(together) else match.group(0)

    def _compounds(self, text: str) -> str:
        """Two words of a compound written apart ("gear box", "tooth brush"): one word when phrases use it."""
        pieces, end = [], 0
        for pair in _WORD_PAIR.finditer(text):
            first, second = pair.groups()
            known = self._abbreviations.uses(first + second) >= COMPOUND_USES and not {first, second} & STOP_WORDS
            if pair.start() >= end and known:
                pieces.append(text[end : pair.start()] + first + second)
                end = pair.start() + len(first) + 1 + len(second)
        return "".join(pieces) + text[end:]

    def _spell(self, token: str, last: bool) -> str:
        if token in STOP_WORDS or all(self._known(part) for part in stems(token)):
            return token
        return self._abbreviations.expand(token, last) or token
