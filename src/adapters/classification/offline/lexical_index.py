"""BM25 over the subheading documents (built with bm25s), scored for a whole batch with numpy."""

from dataclasses import dataclass
from typing import Any

import numpy as np

K1 = 1.2
B = 0.5  # documents carry lexicon phrases of very different lengths: soften length normalisation


@dataclass(frozen=True)
class LexicalIndex:
    """Term-major BM25 weights: for vocabulary entry t, docs indices[indptr[t]:indptr[t+1]]."""

    vocabulary: dict[str, int]
    data: np.ndarray
    indices: np.ndarray
    indptr: np.ndarray
    document_count: int
    document_frequency: np.ndarray

    @classmethod
    def build(cls, documents: list[list[str]]) -> "LexicalIndex":
        import bm25s

        retriever = bm25s.BM25(k1=K1, b=B)
        retriever.index(documents, show_progress=False, create_empty_token=False)
        scores: dict[str, Any] = retriever.scores
        indptr = np.asarray(scores["indptr"], dtype=np.int64)
        return cls(
            vocabulary=dict(retriever.vocab_dict),
            data=np.asarray(scores["data"], dtype=np.float32),
            indices=np.asarray(scores["indices"], dtype=np.int32),
            indptr=indptr,
            document_count=len(documents),
            document_frequency=np.diff(indptr).astype(np.int32),
        )

    def idf(self, stem: str) -> float:
        """Inverse document frequency; a stem no document has counts as rare."""
        position = self.vocabulary.get(stem)
        frequency = 0 if position is None else int(self.document_frequency[position])
        return float(np.log(1 + (self.document_count - frequency + 0.5) / (frequency + 0.5)))

    def contains(self, stem: str, document: int) -> bool:
        """Whether the document has the stem (each stem's documents are stored in ascending order)."""
        position = self.vocabulary.get(stem)
        if position is None:
            return False
        documents = self.indices[self.indptr[position] : self.indptr[position + 1]]
        found = int(np.searchsorted(documents, document))
        return found < len(documents) and int(documents[found]) == document

    def scores(self, queries: list[tuple[str, ...]]) -> np.ndarray:
        """(len(queries), document_count) BM25 scores; unknown stems score nothing."""
        result = np.zeros((len(queries), self.document_count), dtype=np.float32)
        for row, query in enumerate(queries):
            ids = [self.vocabulary[stem] for stem in set(query) if stem in self.vocabulary]
            if not ids:
                continue
            slices = [slice(self.indptr[i], self.indptr[i + 1]) for i in ids]
            documents = np.concatenate([self.indices[s] for s in slices])
            weights = np.concatenate([self.data[s] for s in slices])
            result[row] = np.bincount(documents, weights=weights, minlength=self.document_count)
        return result

    def arrays(self) -> dict[str, np.ndarray]:
        words = np.array(sorted(self.vocabulary, key=self.vocabulary.__getitem__), dtype=object)
        return {
            "bm25_words": words.astype(str),
            "bm25_data": self.data,
            "bm25_indices": self.indices,
            "bm25_indptr": self.indptr,
            "bm25_count": np.array([self.document_count]),
        }

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray]) -> "LexicalIndex":
        indptr = arrays["bm25_indptr"]
        return cls(
            vocabulary={str(word): i for i, word in enumerate(arrays["bm25_words"])},
            data=arrays["bm25_data"],
            indices=arrays["bm25_indices"],
            indptr=indptr,
            document_count=int(arrays["bm25_count"][0]),
            document_frequency=np.diff(indptr).astype(np.int32),
        )
