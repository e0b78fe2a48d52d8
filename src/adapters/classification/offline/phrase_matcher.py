"""Finds the lexicon phrases whose every word occurs in a description (any order)."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from adapters.classification.offline.knowledge import Term


@dataclass(frozen=True, slots=True)
class PhraseHit:
    term: Term
    weight: float  # summed IDF of the phrase's stems: long, rare phrases are strong evidence
    positions: frozenset[int]  # where in the description's stems the phrase's words stand


class PhraseMatcher:
    """Each phrase is filed under its rarest stem, so a description looks up only its own stems."""

    def __init__(self, terms: Sequence[Term], idf: Callable[[str], float]) -> None:
        self._idf = idf
        self._by_stem: dict[str, list[Term]] = {}
        for term in terms:
            rarest = max(term.stems, key=idf)
            self._by_stem.setdefault(rarest, []).append(term)

    def known(self, stem: str) -> bool:
        return stem in self._by_stem

    def hits(self, description_stems: tuple[str, ...]) -> list[PhraseHit]:
        last_position = {stem: position for position, stem in enumerate(description_stems)}
        found = []
        for stem in last_position:
            for term in self._by_stem.get(stem, ()):
                if all(word in last_position for word in term.stems):
                    weight = sum(self._idf(word) for word in set(term.stems))
                    positions = frozenset(last_position[word] for word in term.stems)
                    found.append(PhraseHit(term, weight, positions))
        return found
