from pathlib import Path

import numpy as np

from adapters.classification.offline.embedding_store import EmbeddingStore
from adapters.classification.offline.semantic_index import Encoder


class CountingEncoder(Encoder):
    """Gives each text a fixed vector and remembers what it was asked to encode."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.asked.extend(texts)
        return np.array([[float(len(text))] * 512 for text in texts], dtype=np.float32)


def test_only_texts_never_seen_are_encoded(tmp_path: Path) -> None:
    encoder = CountingEncoder()
    EmbeddingStore(encoder, tmp_path).encode(["mascara", "тушь"])

    vectors = EmbeddingStore(encoder, tmp_path).encode(["тушь", "lipstick", "mascara"])

    assert encoder.asked == ["mascara", "тушь", "lipstick"]
    assert vectors[:, 0].tolist() == [4.0, 8.0, 7.0]


def test_without_a_directory_nothing_is_kept(tmp_path: Path) -> None:
    encoder = CountingEncoder()
    EmbeddingStore(encoder, None).encode(["mascara"])
    EmbeddingStore(encoder, None).encode(["mascara"])

    assert encoder.asked == ["mascara", "mascara"]
    assert list(tmp_path.iterdir()) == []
