"""The lexicon phrase vectors, filed by the code they name: nearest phrases per code and their vote."""

from dataclasses import dataclass

import numpy as np

from adapters.classification.offline.char_grams import CharGramIndex
from adapters.classification.offline.code_groups import CodeGroups
from adapters.classification.offline.engine_index import EngineIndex
from adapters.classification.offline.knowledge import Knowledge
from adapters.classification.offline.semantic_index import cosine
from adapters.classification.offline.term_space import project

VOTERS = 50
VOTE_TEMPERATURE = 0.05


@dataclass(frozen=True)
class PhraseTable:
    """Phrase vectors sorted by their code's slot, so each slot is one contiguous run of columns."""

    vectors: np.ndarray  # (phrases, d) in the term space
    basis: np.ndarray  # the term space's directions (empty: the full space)
    trigrams: CharGramIndex  # the phrases' character trigrams, columns in this table's order
    slot_starts: np.ndarray  # first column of each slot that has phrases
    slots: np.ndarray  # ... and those slots
    heading_of: np.ndarray  # heading group of each column (-1: none)
    chapter_of: np.ndarray
    slot_count: int

    @classmethod
    def build(cls, knowledge: Knowledge, index: EngineIndex, groups: CodeGroups) -> "PhraseTable":
        slot_of = np.array([groups.slots[term.code] for term in knowledge.terms], dtype=np.int64)
        order = np.argsort(slot_of, kind="stable")
        codes = [knowledge.terms[i].code for i in order]
        starts = np.flatnonzero(np.r_[True, np.diff(slot_of[order]) != 0]) if len(order) else np.zeros(0, np.int64)
        return cls(
            vectors=np.ascontiguousarray(index.term_vectors[order]),
            basis=index.term_basis,
            trigrams=index.trigrams.reordered(order),
            slot_starts=starts,
            slots=slot_of[order][starts],
            heading_of=np.array([groups.heading_index.get(code[:4], -1) for code in codes], dtype=np.int64),
            chapter_of=np.array([groups.chapter_index.get(code[:2], -1) for code in codes], dtype=np.int64),
            slot_count=len(groups.slots),
        )

    def similarity(self, queries: np.ndarray) -> np.ndarray:
        """(lines, phrases) cosine of each line to each phrase."""
        return cosine(project(queries, self.basis), self.vectors)

    def trigram_best_per_slot(self, lines: list[str], floor: float) -> np.ndarray:
        """(lines, slots): the trigram cosine of each code's nearest phrase where it reaches `floor`, else 0."""
        best = np.zeros((len(lines), self.slot_count), dtype=np.float32)
        slot_of_column = np.repeat(self.slots, np.diff(np.r_[self.slot_starts, len(self.vectors)]))
        for row, line in enumerate(lines):
            columns, similarity = self.trigrams.close(line, floor)
            np.maximum.at(best[row], slot_of_column[columns], similarity)
        return best

    def best_per_slot(self, similarity: np.ndarray) -> np.ndarray:
        """(lines, slots): the nearest phrase of each lexicon code (0 where a code has none)."""
        best = np.zeros((len(similarity), self.slot_count), dtype=np.float32)
        if len(self.slot_starts):
            best[:, self.slots] = np.maximum.reduceat(similarity, self.slot_starts, axis=1)
        return best

    def vote(self, similarity: np.ndarray, best: np.ndarray, groups: CodeGroups) -> np.ndarray:
        """Share of the soft vote of the VOTERS nearest phrases for each subheading's heading and chapter.

        One nearest phrase can be an accident; fifty phrases of cosmetics around a brand name are not.
        The VOTERS-th best of the per-code maxima bounds the VOTERS-th best phrase from below, so only
        the phrases above it need sorting.
        """
        headings = np.zeros((len(similarity), len(groups.heading_starts) + 1))
        chapters = np.zeros((len(similarity), len(groups.chapter_starts) + 1))
        voters = min(VOTERS, similarity.shape[1])
        if voters == 0:
            return np.zeros((len(similarity), len(groups.codes)), dtype=np.float32)
        floor = np.full(len(similarity), -np.inf, dtype=np.float32)
        if best.shape[1] >= voters:
            floor = np.partition(best, best.shape[1] - voters, axis=1)[:, best.shape[1] - voters]
        for row in range(len(similarity)):
            above = np.flatnonzero(similarity[row] >= floor[row])
            nearest = above[np.argsort(-similarity[row, above], kind="stable")[:voters]]
            near = similarity[row, nearest]
            weights = np.exp((near - near[0]) / VOTE_TEMPERATURE)
            weights /= weights.sum()
            np.add.at(headings[row], self.heading_of[nearest], weights)
            np.add.at(chapters[row], self.chapter_of[nearest], weights)
        return (0.5 * headings[:, groups.heading_of] + 0.5 * chapters[:, groups.chapter_of]).astype(np.float32)
