"""Sentence vectors kept on disk per text, so a lexicon edit embeds only the phrases that changed."""

import logging
import os
import tempfile
from pathlib import Path

import numpy as np

from adapters.classification.offline.semantic_index import MODEL_NAME, Encoder

log = logging.getLogger(__name__)


class EmbeddingStore:
    """Encodes through the model only the texts it has not seen; None as path keeps nothing."""

    def __init__(self, encoder: Encoder, directory: Path | None) -> None:
        self._encoder = encoder
        self._path = directory / f"vectors-{MODEL_NAME}.npz" if directory is not None else None

    def encode(self, texts: list[str]) -> np.ndarray:
        known = self._read()
        missing = sorted({text for text in texts if text not in known})
        if missing:
            known.update(zip(missing, self._encoder.encode(missing), strict=True))
            self._write(known)
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        return np.stack([known[text] for text in texts]).astype(np.float32)

    def _read(self) -> dict[str, np.ndarray]:
        if self._path is None or not self._path.is_file():
            return {}
        try:
            with np.load(self._path, allow_pickle=False) as stored:
                return dict(zip(stored["texts"].tolist(), stored["vectors"], strict=True))
        except (OSError, KeyError, ValueError) as error:
            log.warning("vector store %s unreadable (%s); starting afresh", self._path, error)
            return {}

    def _write(self, known: dict[str, np.ndarray]) -> None:
        if self._path is None:
            return
        self._path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self._path.parent, suffix=".npz.part")
        with os.fdopen(handle, "wb") as file:
            np.savez(file, texts=np.array(list(known), dtype=str), vectors=np.stack(list(known.values())))
        os.chmod(temporary, 0o644)
        os.replace(temporary, self._path)
