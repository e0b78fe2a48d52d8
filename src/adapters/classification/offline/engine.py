"""The offline classifier: the Classifier port over the nomenclature, the lexicon and the local index."""

import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from adapters.classification.nomenclature.hs_nomenclature import HsNomenclature
from adapters.classification.offline.calibration import UNFITTED, Calibration
from adapters.classification.offline.declared import apply_declared
from adapters.classification.offline.lexicon import DEFAULT_LEXICON_DIR
from adapters.classification.offline.loading import Startup, start
from adapters.classification.offline.ranking import Ranker, Ranking
from adapters.classification.offline.rationale import rationale
from application.ports.classifier import ClassificationRequest
from domain.classification.candidate import Candidate, Classification

AUTO_ACCEPT = 0.9  # a line whose calibrated confidence reaches this is accepted without review


class OfflineClassifier:
    """Hybrid BM25 + multilingual-embedding search, hierarchical reranking and attribute rules.

    Nothing is loaded until the first `classify` (or `warm_up`); the index is cached in `cache_dir`.
    """

    def __init__(
        self,
        cache_dir: Path | None = None,
        *,
        nomenclature: HsNomenclature | None = None,
        lexicon_dir: Path = DEFAULT_LEXICON_DIR,
        auto_accept: float = AUTO_ACCEPT,
        calibration: Calibration | None = None,
    ) -> None:
        self._cache_dir = cache_dir
        self._nomenclature = nomenclature or HsNomenclature()
        self._lexicon_dir = lexicon_dir
        self.auto_accept = auto_accept
        self._calibration = calibration
        self._lock = threading.Lock()
        self._ranker: Ranker | None = None
        self._startup: Startup | None = None

    def warm_up(self) -> Startup:
        """Builds or loads the index now instead of on the first call; says how long it took."""
        with self._lock:
            if self._ranker is None or self._startup is None:
                self._ranker, self._startup = start(self._nomenclature, self._lexicon_dir, self._cache_dir)
            return self._startup

    def classify(self, requests: Sequence[ClassificationRequest], top: int = 5) -> list[Classification]:
        if not requests:
            return []
        self.warm_up()
        assert self._ranker is not None
        rankings = self._ranker.rank([request.description for request in requests])
        calibration = self._calibration or (self._startup.calibration if self._startup else UNFITTED)
        confidences = calibration.probability(np.array([ranking.features for ranking in rankings]))
        return [
            self._with_declared(self._classification(ranking, float(confidence), top), request, ranking)
            for request, ranking, confidence in zip(requests, rankings, confidences, strict=True)
        ]

    def _with_declared(
        self, classification: Classification, request: ClassificationRequest, ranking: Ranking
    ) -> Classification:
        if request.declared_code is None:
            return classification
        return apply_declared(
            classification,
            request.declared_code,
            ranking,
            self._nomenclature,
            self.auto_accept,
            lambda position: self.candidate(ranking, position),
        )

    def _classification(self, ranking: Ranking, confidence: float, top: int) -> Classification:
        candidates = [self.candidate(ranking, position) for position in range(min(top, len(ranking.codes)))]
        return Classification(
            candidates=candidates,
            confidence=confidence,
            needs_review=confidence < self.auto_accept,
            notes=list(ranking.notes),
        )

    def candidate(self, ranking: Ranking, position: int) -> Candidate:
        code = ranking.codes[position]
        tariff_text = self._nomenclature.tariff_text(code) or ""
        return Candidate(
            hs6=code,
            score=round(ranking.shares[position], 4),
            rationale=rationale(
                code,
                ranking.description,
                tariff_text,
                ranking.hits,
                ranking.similarity[position],
                ranking.reasons.get(code, []),
            ),
            tariff_text=tariff_text,
        )
