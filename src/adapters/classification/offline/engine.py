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
from adapters.classification.offline.other_chapters import UNSURE, with_other_chapters
from adapters.classification.offline.ranking import Ranker, Ranking
from adapters.classification.offline.rationale import rationale
from application.ports.classifier import ClassificationRequest
from domain.classification.candidate import Candidate, Classification, Source
from domain.classification.commodity_code import digits_of

UNREADABLE = "description has no words to classify"
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

    @property
    def ready(self) -> bool:
        """The index is built or loaded: `classify` answers without waiting for it."""
        return self._ranker is not None

    def classify(self, requests: Sequence[ClassificationRequest], top: int = 5) -> list[Classification]:
        if not requests:
            return []
        readable = [request for request in requests if _has_words(request.description)]
        if not readable:
            return [self._unreadable(request) for request in requests]
        self.warm_up()
        assert self._ranker is not None
        rankings = self._ranker.rank([request.description for request in readable])
        calibration = self._calibration or (self._startup.calibration if self._startup else UNFITTED)
        confidences = calibration.probability(np.array([ranking.features for ranking in rankings]))
        rankings = [
            with_other_chapters(ranking) if confidence < UNSURE else ranking
            for ranking, confidence in zip(rankings, confidences, strict=True)
        ]
        classified = iter(
            self._with_declared(self._classification(ranking, float(confidence), top), request, ranking)
            for request, ranking, confidence in zip(readable, rankings, confidences, strict=True)
        )
        return [
            next(classified) if _has_words(request.description) else self._unreadable(request) for request in requests
        ]

    def _unreadable(self, request: ClassificationRequest) -> Classification:
        """Nothing to classify: only an existing declared code is kept, unconfirmed."""
        unreadable = Classification(candidates=[], confidence=0.0, needs_review=True, notes=[UNREADABLE])
        hs6 = digits_of(request.declared_code or "")[:6]
        tariff_text = self._nomenclature.tariff_text(hs6) if len(hs6) == 6 else None
        if tariff_text is None:
            if request.declared_code:
                unreadable.notes.append(f"declared code {request.declared_code} does not exist")
            return unreadable
        declared = Candidate(hs6, 0.0, "declared by the supplier; no description to check it", tariff_text=tariff_text)
        return Classification([declared], Source.DECLARED, 0.0, True, unreadable.notes)

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


def _has_words(description: str) -> bool:
    return any(character.isalpha() for character in description)
