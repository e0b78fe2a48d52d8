"""Character trigram similarity of a line to every lexicon phrase: spelling variants still meet.

Word matching needs a word to be found or read; trigrams also meet inflections, run-together words and
misspellings no reading foresaw ("moisturising" / "moisturizer", "bodylotion", "şampuny" / "şampun").
"""

import math
from collections import Counter
from dataclasses import dataclass, replace

import numpy as np

from adapters.classification.offline.text import keys

COMMON = 1.0  # trigrams with an IDF at or below this (in a third of the phrases or more) are skipped


def trigrams(text: str) -> Counter[str]:
    """Trigrams of the text's keys, each padded with a space at both ends ("gel" -> " ge", "gel", "el ")."""
    found: Counter[str] = Counter()
    for key in keys(text):
        padded = f" {key} "
        found.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return found


@dataclass(frozen=True)
class CharGramIndex:
    """TF-IDF trigram vectors of the phrases, gram-major: gram g's phrases are indices[indptr[g]:indptr[g+1]]."""

    vocabulary: dict[str, int]
    idf: np.ndarray
    data: np.ndarray  # phrase weight (tf-idf over the phrase's norm)
    indices: np.ndarray
    indptr: np.ndarray
    phrase_count: int

    @classmethod
    def build(cls, phrases: list[str]) -> "CharGramIndex":
        grams = [trigrams(phrase) for phrase in phrases]
        frequency: Counter[str] = Counter(gram for found in grams for gram in found)
        vocabulary = {gram: i for i, gram in enumerate(sorted(frequency))}
        idf = np.array([math.log(len(phrases) / frequency[gram]) for gram in sorted(frequency)], dtype=np.float32)
        postings: list[list[tuple[int, float]]] = [[] for _ in vocabulary]
        for phrase, found in enumerate(grams):
            weights = {vocabulary[gram]: idf[vocabulary[gram]] * count for gram, count in found.items()}
            norm = math.sqrt(sum(weight * weight for weight in weights.values())) or 1.0
            for gram, weight in weights.items():
                postings[gram].append((phrase, weight / norm))
        lengths = np.array([len(posting) for posting in postings], dtype=np.int64)
        return cls(
            vocabulary=vocabulary,
            idf=idf,
            data=np.array([weight for posting in postings for _, weight in posting], dtype=np.float32),
            indices=np.array([phrase for posting in postings for phrase, _ in posting], dtype=np.int32),
            indptr=np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64),
            phrase_count=len(phrases),
        )

    def close(self, line: str, floor: float) -> tuple[np.ndarray, np.ndarray]:
        """The phrases whose trigram cosine to the line reaches `floor`, and those cosines.

        Common trigrams are left out of the line's side. Only the few close phrases are returned:
        most of a lexicon shares some trigram with any line, and a dense row per line is costly.
        """
        found = [(self.vocabulary[gram], count) for gram, count in trigrams(line).items() if gram in self.vocabulary]
        weights = {gram: float(self.idf[gram]) * count for gram, count in found}
        norm = math.sqrt(sum(weight * weight for weight in weights.values())) or 1.0
        kept = [gram for gram in weights if self.idf[gram] > COMMON]
        if not kept:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        slices = [slice(self.indptr[gram], self.indptr[gram + 1]) for gram in kept]
        phrases = np.concatenate([self.indices[part] for part in slices])
        scores = np.concatenate(
            [self.data[part] * (weights[gram] / norm) for part, gram in zip(slices, kept, strict=True)]
        )
        similarity = np.bincount(phrases, weights=scores, minlength=self.phrase_count)
        close = np.flatnonzero(similarity >= floor)
        return close, similarity[close].astype(np.float32)

    def reordered(self, order: np.ndarray) -> "CharGramIndex":
        """The same index with phrase `order[i]` as column i (the phrase table's order)."""
        column_of = np.empty_like(order)
        column_of[order] = np.arange(len(order))
        return replace(self, indices=column_of[self.indices].astype(np.int32))

    def arrays(self) -> dict[str, np.ndarray]:
        grams = np.array(sorted(self.vocabulary, key=self.vocabulary.__getitem__), dtype=str)
        return {
            "gram_words": grams,
            "gram_idf": self.idf,
            "gram_data": self.data,
            "gram_indices": self.indices,
            "gram_indptr": self.indptr,
            "gram_phrases": np.array([self.phrase_count]),
        }

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray]) -> "CharGramIndex":
        return cls(
            vocabulary={str(gram): i for i, gram in enumerate(arrays["gram_words"])},
            idf=arrays["gram_idf"],
            data=arrays["gram_data"],
            indices=arrays["gram_indices"],
            indptr=arrays["gram_indptr"],
            phrase_count=int(arrays["gram_phrases"][0]),
        )
