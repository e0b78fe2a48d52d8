"""Confidence: a logistic map from the ranking's shape to the probability the first candidate is right."""

from dataclasses import dataclass

import numpy as np

FEATURES = ("best", "margin", "phrase", "agreement", "explained", "guessed", "only_read")


@dataclass(frozen=True, slots=True)
class Calibration:
    """p = sigmoid(bias + sum(weight * feature)); fitted on labelled lines kept apart from evaluation."""

    weights: tuple[float, ...]
    bias: float

    def probability(self, features: np.ndarray) -> np.ndarray:
        """(lines, len(FEATURES)) -> (lines,) probabilities in (0, 1)."""
        return 1.0 / (1.0 + np.exp(-(features @ np.asarray(self.weights) + self.bias)))

    def as_array(self) -> np.ndarray:
        return np.asarray([*self.weights, self.bias], dtype=np.float64)

    @classmethod
    def from_array(cls, values: np.ndarray) -> "Calibration":
        return cls(tuple(float(v) for v in values[:-1]), float(values[-1]))


UNFITTED = Calibration(weights=(1.0, 2.0, 0.0, 2.0, 2.0, -1.0, -1.0), bias=-3.0)  # until labelled lines are available


def fit(features: np.ndarray, correct: np.ndarray, l2: float = 1.0, steps: int = 50) -> Calibration:
    """Logistic regression by Newton's method with a small ridge penalty (no intercept penalty)."""
    design = np.hstack([features, np.ones((len(features), 1))])
    beta = np.zeros(design.shape[1])
    ridge = np.eye(design.shape[1]) * l2
    ridge[-1, -1] = 0.0
    target = correct.astype(np.float64)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(design @ beta)))
        gradient = design.T @ (p - target) + ridge @ beta
        hessian = (design * (p * (1 - p))[:, None]).T @ design + ridge
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return Calibration.from_array(beta)
