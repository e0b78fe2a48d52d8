"""Words that tell a heading's subheadings apart: "trousers" names 6204.6x, not the suits beside it.

BM25 hardly separates siblings: the heading text every sibling inherits names all their goods ("suits,
ensembles, jackets, ... trousers"), so the word that picks the subheading is common and weak there.
"""

from collections.abc import Sequence

import numpy as np

from adapters.classification.nomenclature.hs_nomenclature import Subheading
from adapters.classification.offline.knowledge import positive_text
from adapters.classification.offline.text import stems

_REFERENCES = frozenset({"head", "item", "no", "subhead", "other", "use", "purpos", "kind"})  # "n.e.c. in heading no."


class SiblingWords:
    """Per stem, the subheadings whose own text has it while a sibling's does not."""

    def __init__(self, subheadings: Sequence[Subheading]) -> None:
        self._width = len(subheadings)
        by_heading: dict[str, list[int]] = {}
        for column, subheading in enumerate(subheadings):
            by_heading.setdefault(subheading.heading, []).append(column)
        own = [_own_stems(subheading) for subheading in subheadings]
        self._columns: dict[str, list[int]] = {}
        for columns in by_heading.values():
            if len(columns) < 2:
                continue
            shared = frozenset.intersection(*(own[column] for column in columns))
            for column in columns:
                for stem in own[column] - shared:
                    self._columns.setdefault(stem, []).append(column)

    def signal(self, queries: Sequence[tuple[str, ...]]) -> np.ndarray:
        """(lines, subheadings) in [0, 1]: distinguishing words of the line a subheading has, over the most any has."""
        found = np.zeros((len(queries), self._width), dtype=np.float32)
        for row, query in enumerate(queries):
            for stem in set(query):
                found[row, self._columns.get(stem, [])] += 1.0
        return found / np.maximum(found.max(axis=1, keepdims=True), 1.0)


def _own_stems(subheading: Subheading) -> frozenset[str]:
    return frozenset(stem for stem in stems(positive_text(subheading.text)) if stem not in _REFERENCES)
