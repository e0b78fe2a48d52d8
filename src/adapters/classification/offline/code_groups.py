"""Index arithmetic over the sorted subheadings: their headings, chapters and lexicon codes."""

from collections.abc import Sequence

import numpy as np


class CodeGroups:
    """Subheadings are sorted by code, so each heading and chapter is a contiguous run of columns."""

    def __init__(self, codes: Sequence[str], lexicon_codes: Sequence[str]) -> None:
        self.codes = list(codes)
        self.heading_starts, self.heading_of = _runs([code[:4] for code in self.codes])
        self.chapter_starts, self.chapter_of = _runs([code[:2] for code in self.codes])
        self.position = {code: i for i, code in enumerate(self.codes)}
        self.heading_index = {self.codes[start][:4]: i for i, start in enumerate(self.heading_starts)}
        self.chapter_index = {self.codes[start][:2]: i for i, start in enumerate(self.chapter_starts)}
        # lexicon codes (4 or 6 digits) -> slot; every subheading looks at its own slot and its heading's
        self.slots = {code: slot for slot, code in enumerate(sorted(set(lexicon_codes)))}
        empty = len(self.slots)
        self.own_slot = np.array([self.slots.get(code, empty) for code in self.codes], dtype=np.int64)
        self.heading_slot = np.array([self.slots.get(code[:4], empty) for code in self.codes], dtype=np.int64)

    def heading_best(self, matrix: np.ndarray) -> np.ndarray:
        """(rows, headings): the best value in each heading's run of columns."""
        return np.maximum.reduceat(matrix, self.heading_starts, axis=1)

    def chapter_best(self, matrix: np.ndarray) -> np.ndarray:
        return np.maximum.reduceat(matrix, self.chapter_starts, axis=1)

    def from_slots(self, by_slot: np.ndarray) -> np.ndarray:
        """(rows, slots) evidence for lexicon codes -> (rows, subheadings), a heading's going to all."""
        padded = np.concatenate([by_slot, np.zeros((len(by_slot), 1), dtype=by_slot.dtype)], axis=1)
        return np.maximum(padded[:, self.own_slot], padded[:, self.heading_slot])

    def combined_from_slots(self, by_slot: np.ndarray) -> np.ndarray:
        """Like `from_slots`, but a subheading's own evidence and its heading's add up (noisy-or).

        "Pantene conditioner": the product type names 330590, the brand only heading 3305; 330590 gets
        both and so beats its sibling 330510, which has only the brand.
        """
        padded = np.concatenate([by_slot, np.zeros((len(by_slot), 1), dtype=by_slot.dtype)], axis=1)
        return 1.0 - (1.0 - padded[:, self.own_slot]) * (1.0 - padded[:, self.heading_slot])


def _runs(keys: list[str]) -> tuple[np.ndarray, np.ndarray]:
    starts = [i for i, key in enumerate(keys) if i == 0 or key != keys[i - 1]]
    group_of = np.zeros(len(keys), dtype=np.int64)
    for group, start in enumerate(starts):
        group_of[start:] = group
    return np.array(starts, dtype=np.int64), group_of
