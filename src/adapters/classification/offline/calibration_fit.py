"""Fits the confidence calibration on labelled lines shipped with the engine (never the evaluation set)."""

import csv
from pathlib import Path

import numpy as np

from adapters.classification.offline.calibration import UNFITTED, Calibration, fit
from adapters.classification.offline.ranking import Ranker

CALIBRATION_LINES = Path(__file__).with_name("calibration_lines.csv")
_MIN_LINES = 30


def read_labelled(path: Path = CALIBRATION_LINES) -> list[tuple[str, str]]:
    """(description, hs6) pairs; a missing file gives none."""
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as file:
        return [(row["description"], row["hs6"].zfill(6)) for row in csv.DictReader(file) if row.get("hs6")]


def fit_calibration(ranker: Ranker, labelled: list[tuple[str, str]]) -> Calibration:
    """Logistic fit of 'first candidate is right' on the ranking features; too few lines keep the default."""
    if len(labelled) < _MIN_LINES:
        return UNFITTED
    rankings = ranker.rank([description for description, _ in labelled])
    features = np.array([ranking.features for ranking in rankings])
    correct = np.array([ranking.codes[0] == hs6 for ranking, (_, hs6) in zip(rankings, labelled, strict=True)])
    if correct.all() or not correct.any():
        return UNFITTED
    return fit(features, correct)
