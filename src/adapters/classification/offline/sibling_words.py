"""Words that tell a heading's subheadings apart: "trousers" names 6204.6x, not the suits beside it.

BM25 hardly separates siblings: the heading text every sibling inherits names all their goods ("suits,
ensembles, jackets, ... trousers"), so the word that picks the subheading is common and weak there.
"""

from collections import Counter
from collections.abc import Sequence

import numpy as np

from adapters.classification.nomenclature.hs_nomenclature import Subheading
from adapters.classification.offline.attributes import names_a_value
from adapters.classification.offline.knowledge import Term, positive_text
from adapters.classification.offline.text import stems

MIN_USES = 2  # phrases of a group that must use a word before it names the group ("kokos halyça" alone does not)
_REFERENCES = frozenset({"head", "item", "no", "subhead", "other", "use", "purpos", "kind"})  # "n.e.c. in heading no."


class SiblingWords:
    """Per stem, the subheadings whose own text has it while a sibling's does not, and how much it tells."""

    def __init__(self, subheadings: Sequence[Subheading], terms: Sequence[Term] = ()) -> None:
        """`terms`: lexicon phrases; one filed under a subheading speaks for its one-dash group ("платье" under
        6104.42 names the dresses 6104.41-.49, whose tariff text says "dresses" in English only), the less the
        more of the heading's groups its word names."""
        self._width = len(subheadings)
        by_heading: dict[str, list[int]] = {}
        self._by_group: dict[str, list[int]] = {}
        for column, subheading in enumerate(subheadings):
            by_heading.setdefault(subheading.heading, []).append(column)
            self._by_group.setdefault(subheading.code[:5], []).append(column)
        own = [_own_stems(subheading) for subheading in subheadings]
        self._columns: dict[str, list[tuple[int, float]]] = {}
        for columns in by_heading.values():
            if len(columns) < 2:
                continue
            shared = frozenset.intersection(*(own[column] for column in columns))
            for column in columns:
                for stem in own[column] - shared:
                    self._columns.setdefault(stem, []).append((column, 1.0))
        tariff = {heading: frozenset().union(*(own[c] for c in columns)) for heading, columns in by_heading.items()}
        self._add_phrase_words(terms, tariff)

    def _add_phrase_words(self, terms: Sequence[Term], tariff: dict[str, frozenset[str]]) -> None:
        """Words of the phrases filed under a group, that no tariff text of its heading has and at least
        MIN_USES phrases of the group use; a word naming several of a heading's groups weighs in each the share of
        its uses there."""
        uses: Counter[tuple[str, str]] = Counter()  # (group, stem) -> phrases of the group using it
        for term in terms:
            group = term.code[:5]
            if len(term.code) == 6 and group in self._by_group:
                uses.update((group, stem) for stem in set(_goods_stems(term)) - tariff[group[:4]])
        named: dict[tuple[str, str], list[str]] = {}  # (heading, stem) -> the groups it names
        for (group, stem), count in uses.items():
            if count >= MIN_USES:
                named.setdefault((group[:4], stem), []).append(group)
        groups_of = Counter(group[:4] for group in self._by_group)
        for (heading, stem), groups in named.items():
            if len(groups) < groups_of[heading]:
                total = sum(uses[group, stem] for group in groups)
                self._columns.setdefault(stem, []).extend(
                    (column, uses[group, stem] / total) for group in groups for column in self._by_group[group]
                )

    def signal(self, queries: Sequence[tuple[str, ...]]) -> np.ndarray:
        """(lines, subheadings) in [0, 1]: distinguishing words of the line a subheading has, over the most any has."""
        found = np.zeros((len(queries), self._width), dtype=np.float32)
        for row, query in enumerate(queries):
            for stem in set(query):
                for column, weight in self._columns.get(stem, ()):
                    found[row, column] += weight
        return found / np.maximum(found.max(axis=1, keepdims=True), 1.0)


def _own_stems(subheading: Subheading) -> frozenset[str]:
    return frozenset(stem for stem in stems(positive_text(subheading.text)) if stem not in _REFERENCES)


def _goods_stems(term: Term) -> list[str]:
    """The stems of a phrase's words that name no attribute value (gender, fibre, knitted, ...): those are
    the attribute rules' to weigh, and the tariff text's own words stay the tariff's."""
    return [stem for key, stem in zip(term.keys, term.stems, strict=True) if not names_a_value(key)]
