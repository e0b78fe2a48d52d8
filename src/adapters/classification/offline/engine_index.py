"""Everything the engine searches, built once from the knowledge and cached on disk."""

import hashlib
import os
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from adapters.classification.offline.calibration import UNFITTED, Calibration
from adapters.classification.offline.char_grams import CharGramIndex
from adapters.classification.offline.embedding_store import EmbeddingStore
from adapters.classification.offline.knowledge import Knowledge
from adapters.classification.offline.lexical_index import LexicalIndex
from adapters.classification.offline.semantic_index import MODEL_NAME
from adapters.classification.offline.term_space import fit_basis, project

_ENGINE_FILES = ("*.py", "*.csv")  # the engine's code and calibration lines shape what is cached


def cache_key(nomenclature_version: str, lexicon_fingerprint: str) -> str:
    """Changes with the nomenclature, the lexicon files, the embedding model or the engine itself."""
    digest = hashlib.sha256(f"{nomenclature_version}|{lexicon_fingerprint}|{MODEL_NAME}".encode())
    here = Path(__file__).parent
    for path in sorted(path for pattern in _ENGINE_FILES for path in here.glob(pattern)):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:20]


@dataclass(frozen=True)
class EngineIndex:
    lexical: LexicalIndex
    subheading_vectors: np.ndarray  # (subheadings, 512) unit vectors of the tariff texts
    term_vectors: np.ndarray  # (terms, d) unit vectors of the lexicon phrases, in the term space
    calibration: Calibration = UNFITTED
    term_basis: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))  # see term_space
    trigrams: CharGramIndex = field(default_factory=lambda: CharGramIndex.build([]))  # of the phrases
    tariff_values: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=bool))  # see tariff_values

    @classmethod
    def build(cls, knowledge: Knowledge, vectors: EmbeddingStore) -> "EngineIndex":
        phrases = vectors.encode([term.text for term in knowledge.terms])
        basis = fit_basis(phrases)
        return cls(
            lexical=LexicalIndex.build(knowledge.documents()),
            subheading_vectors=vectors.encode(knowledge.embedding_texts()),
            term_vectors=project(phrases, basis),
            term_basis=basis,
            trigrams=CharGramIndex.build([term.text for term in knowledge.terms]),
        )

    def with_tariff_values(self, table: np.ndarray) -> "EngineIndex":
        return replace(self, tariff_values=table)

    def calibrated(self, calibration: Calibration) -> "EngineIndex":
        return replace(self, calibration=calibration)

    def save(self, path: Path) -> None:
        """Writes atomically, so a concurrent reader never sees half a file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".npz.part")
        arrays: dict[str, Any] = {
            "subheading_vectors": self.subheading_vectors,
            "term_vectors": self.term_vectors,
            "calibration": self.calibration.as_array(),
            "term_basis": self.term_basis,
            "tariff_values": self.tariff_values,
            **self.lexical.arrays(),
            **self.trigrams.arrays(),
        }
        with os.fdopen(handle, "wb") as file:
            np.savez(file, **arrays)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)

    @classmethod
    def load(cls, path: Path) -> "EngineIndex":
        with np.load(path, allow_pickle=False) as stored:
            arrays = {name: stored[name] for name in stored.files}
        return cls(
            lexical=LexicalIndex.from_arrays(arrays),
            subheading_vectors=arrays["subheading_vectors"],
            term_vectors=arrays["term_vectors"],
            calibration=Calibration.from_array(arrays["calibration"]),
            term_basis=arrays["term_basis"],
            trigrams=CharGramIndex.from_arrays(arrays),
            tariff_values=arrays["tariff_values"],
        )
