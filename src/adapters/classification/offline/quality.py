"""Measures of how far the confidences can be trusted: calibration error and safe coverage."""

import numpy as np

BINS = 10


def expected_calibration_error(confidence: np.ndarray, correct: np.ndarray, bins: int = BINS) -> float:
    """Mean |accuracy - confidence| over equal-width confidence bins, weighted by the lines in each."""
    if len(confidence) == 0:
        return 0.0
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(confidence, edges[1:-1]), 0, bins - 1)
    error = 0.0
    for b in range(bins):
        members = which == b
        if members.any():
            error += members.mean() * abs(correct[members].mean() - confidence[members].mean())
    return float(error)


def coverage_at_precision(confidence: np.ndarray, correct: np.ndarray, precision: float = 0.9) -> tuple[float, float]:
    """(coverage, threshold): the largest share of lines, taken by falling confidence, still `precision` right.

    Returns (0.0, 1.0) when not even the most confident line reaches the precision.
    """
    if len(confidence) == 0:
        return 0.0, 1.0
    order = np.argsort(-confidence, kind="stable")
    running = np.cumsum(correct[order]) / np.arange(1, len(order) + 1)
    good = np.flatnonzero(running >= precision)
    if len(good) == 0:
        return 0.0, 1.0
    last = int(good[-1])
    return (last + 1) / len(order), float(confidence[order][last])
