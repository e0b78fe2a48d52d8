"""Finds the lexicon phrases whose every word occurs in a description (any order)."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from adapters.classification.offline.knowledge import Term


@dataclass(frozen=True, slots=True)
class PhraseHit:
    term: Term
    weight: float  # summed IDF of the phrase's words: long, rare phrases are strong evidence
    positions: frozenset[int]  # where in the description's content words the phrase's words stand


class PhraseMatcher:
    """Each phrase is filed under its rarest key, so a description looks up only its own keys."""

    def __init__(self, terms: Sequence[Term], idf: Callable[[str], float]) -> None:
        self._idf = idf
        self._by_key: dict[str, list[Term]] = {}
        for term in terms:
            rarest = max(term.keys, key=idf)
            self._by_key.setdefault(rarest, []).append(term)

    def hits(self, description_keys: tuple[str, ...]) -> list[PhraseHit]:
        last_position = {key: position for position, key in enumerate(description_keys)}
        found = []
        for key in last_position:
            for term in self._by_key.get(key, ()):
                if all(word in last_position for word in term.keys):
                    weight = sum(self._idf(word) for word in set(term.keys))
                    positions = frozenset(last_position[word] for word in term.keys)
                    found.append(PhraseHit(term, weight, positions))
        return found
