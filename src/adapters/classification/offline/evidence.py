"""The four kinds of evidence for every subheading: BM25, tariff-text and phrase embeddings, phrases."""

from dataclasses import dataclass

import numpy as np

from adapters.classification.offline.code_groups import CodeGroups
from adapters.classification.offline.engine_index import EngineIndex
from adapters.classification.offline.knowledge import Knowledge
from adapters.classification.offline.phrase_matcher import PhraseHit, PhraseMatcher
from adapters.classification.offline.semantic_index import cosine
from adapters.classification.offline.text import is_turkmen, stems, words
from adapters.classification.offline.word_lists import listed

SEMANTIC_FLOOR = 0.3  # cosine of unrelated texts under USE is about 0.1-0.35: no evidence below
TERM_FLOOR = 0.45
LEXICAL_SCALE = 12.0  # a BM25 score this high is a full match; lower best scores stay below 1
PHRASE_HALF = 5.0  # summed IDF at which a phrase hit counts half (one rare word is about 6-8)
NOT_HEAD = 0.6  # a phrase missing the description's head noun ("cap" in "cap opener") counts less
_HEAD_ENDS = listed(
    "of with for from in on made consisting comprising containing featuring designed used "
    "which that having incl including для из с в на от"
)


@dataclass(frozen=True)
class Evidence:
    lexical: np.ndarray  # (lines, subheadings), each in [0, 1]
    semantic: np.ndarray
    term: np.ndarray
    phrase: np.ndarray
    hits: list[list[PhraseHit]]


def gather(
    descriptions: list[str],
    queries: np.ndarray,
    index: EngineIndex,
    knowledge: Knowledge,
    groups: CodeGroups,
    matcher: PhraseMatcher,
) -> Evidence:
    """`queries` are the descriptions' unit embeddings, in the same order."""
    query_stems = [stems(description) for description in descriptions]
    bm25 = index.lexical.scores(query_stems)
    lexical = bm25 / np.maximum(bm25.max(axis=1, keepdims=True), LEXICAL_SCALE)
    semantic = _above(cosine(queries, index.subheading_vectors), SEMANTIC_FLOOR)
    slot_count = len(groups.slots)
    term_by_slot = np.zeros((len(descriptions), slot_count), dtype=np.float32)
    if knowledge.terms:
        slot_of_term = np.array([groups.slots[term.code] for term in knowledge.terms])
        order = np.argsort(slot_of_term, kind="stable")
        starts = np.flatnonzero(np.r_[True, np.diff(slot_of_term[order]) != 0])
        similarity = cosine(queries, index.term_vectors[order])
        term_by_slot[:, slot_of_term[order][starts]] = np.maximum.reduceat(similarity, starts, axis=1)
    phrase_by_slot = np.zeros((len(descriptions), slot_count), dtype=np.float32)
    hits = [matcher.hits(query) for query in query_stems]
    for row, (description, found) in enumerate(zip(descriptions, hits, strict=True)):
        head = head_position(description)
        for hit in found:
            named_head = head is None or head in hit.positions
            strength = hit.weight / (hit.weight + PHRASE_HALF) * (1.0 if named_head else NOT_HEAD)
            slot = groups.slots[hit.term.code]
            phrase_by_slot[row, slot] = max(phrase_by_slot[row, slot], strength)
    return Evidence(
        lexical=lexical,
        semantic=semantic,
        term=_above(groups.from_slots(term_by_slot), TERM_FLOOR),
        phrase=groups.from_slots(phrase_by_slot),
        hits=hits,
    )


def _above(similarity: np.ndarray, floor: float) -> np.ndarray:
    """Cosine rescaled so that `floor` and below give 0 and identity gives 1."""
    return np.clip((similarity - floor) / (1.0 - floor), 0.0, 1.0)


def head_position(description: str) -> int | None:
    """Stem position of the head noun: the first word in Russian, in English the last before "of/with/for...".

    None for Turkmen, where invoice lines put the head first or last.
    """
    tokens = words(description)
    if is_turkmen(tokens):
        return None
    if any("а" <= letter <= "я" for token in tokens for letter in token):
        return 0
    position = 0
    for token in tokens:
        if token in _HEAD_ENDS and position > 0:
            break
        position += len(stems(token))
    return position - 1 if position > 0 else None
