"""The four kinds of evidence for every subheading: BM25, tariff-text and phrase embeddings, phrases."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from adapters.classification.offline.code_groups import CodeGroups
from adapters.classification.offline.engine_index import EngineIndex
from adapters.classification.offline.phrase_matcher import PhraseHit, PhraseMatcher, Readings
from adapters.classification.offline.phrase_strength import strengths
from adapters.classification.offline.phrase_table import PhraseTable
from adapters.classification.offline.qualifiers import is_origin, is_pack_word
from adapters.classification.offline.semantic_index import cosine
from adapters.classification.offline.text import marks, matching_keys, stems

SEMANTIC_FLOOR = 0.3  # cosine of unrelated texts under USE is about 0.1-0.35: no evidence below
TERM_FLOOR = 0.45
STANDOUT_FROM = 2.5  # standard deviations above the line's mean similarity where evidence starts
STANDOUT_FULL = 7.0  # ... and where it is full
STANDOUT_MIX = 1.0  # share of the standing-out score in the embedding signals (the rest: absolute floor)
TRIGRAM_FLOOR = 0.5  # trigram cosine below which a phrase is no spelling of the line
LEXICAL_SCALE = 12.0  # a BM25 score this high is a full match; lower best scores stay below 1


@dataclass(frozen=True)
class Evidence:
    lexical: np.ndarray  # (lines, subheadings), each in [0, 1]
    semantic: np.ndarray
    term: np.ndarray
    trigram: np.ndarray  # the nearest phrase of each code by character trigrams
    phrase: np.ndarray
    vote: np.ndarray  # the nearest lexicon phrases' vote for the heading and chapter (no own column)
    hits: list[list[PhraseHit]]


def gather(
    descriptions: list[str],
    queries: np.ndarray,
    index: EngineIndex,
    phrases: PhraseTable,
    groups: CodeGroups,
    matcher: PhraseMatcher,
    read: Sequence[Readings] | None = None,
    parts: Mapping[str, frozenset[str]] | None = None,
) -> Evidence:
    """`queries` are the descriptions' unit embeddings, `read` the readings of their unknown words."""
    query_stems = [goods_stems(description) for description in descriptions]
    bm25 = index.lexical.scores(query_stems)
    lexical = bm25 / np.maximum(bm25.max(axis=1, keepdims=True), LEXICAL_SCALE)
    semantic = _embedding_signal(cosine(queries, index.subheading_vectors), SEMANTIC_FLOOR)
    similarity = phrases.similarity(queries)
    term_by_slot = phrases.best_per_slot(similarity)
    vote = phrases.vote(similarity, term_by_slot, groups)
    trigram = phrases.trigram_best_per_slot(descriptions, TRIGRAM_FLOOR)
    slot_count = len(groups.slots)
    phrase_by_slot = np.zeros((len(descriptions), slot_count), dtype=np.float32)
    hits = [
        matcher.hits(matching_keys(line), read[row] if read else None, marks(line))
        for row, line in enumerate(descriptions)
    ]
    for row, (description, found) in enumerate(zip(descriptions, hits, strict=True)):
        branded = any(stem not in index.lexical.vocabulary and not is_origin(stem) for stem in query_stems[row])
        for hit, strength in zip(found, strengths(description, found, branded, parts), strict=True):
            slot = groups.slots[hit.term.code]
            phrase_by_slot[row, slot] = max(phrase_by_slot[row, slot], strength)
    return Evidence(
        lexical=lexical,
        semantic=semantic,
        term=groups.from_slots(_embedding_signal(term_by_slot, TERM_FLOOR)),
        trigram=groups.from_slots(_above(trigram, TRIGRAM_FLOOR)),
        phrase=groups.combined_from_slots(phrase_by_slot),
        vote=vote,
        hits=hits,
    )


def goods_stems(description: str) -> tuple[str, ...]:
    """The description's stems for BM25, without the pack words ("gift set" must not pull to gift sets) and the
    words it denies ("not pickled" must not pull to the pickled steel)."""
    return tuple(
        stem
        for stem, key in zip(stems(description), matching_keys(description), strict=True)
        if not key.startswith("-") and not is_pack_word(key)
    )


def _embedding_signal(similarity: np.ndarray, floor: float) -> np.ndarray:
    """Evidence from cosines: how far above an absolute floor, and how far a column stands out of its row.

    Brand names sit at modest cosines (USE puts "dior sauvage" 0.45 from "perfume") yet stand out.
    """
    mean = similarity.mean(axis=1, keepdims=True)
    spread = similarity.std(axis=1, keepdims=True) + 1e-6
    standout = np.clip(((similarity - mean) / spread - STANDOUT_FROM) / (STANDOUT_FULL - STANDOUT_FROM), 0, 1)
    return STANDOUT_MIX * standout + (1 - STANDOUT_MIX) * _above(similarity, floor)


def _above(similarity: np.ndarray, floor: float) -> np.ndarray:
    """Cosine rescaled so that `floor` and below give 0 and identity gives 1."""
    return np.clip((similarity - floor) / (1.0 - floor), 0.0, 1.0)
