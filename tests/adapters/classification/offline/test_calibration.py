import numpy as np

from adapters.classification.offline.calibration import Calibration, fit
from adapters.classification.offline.quality import coverage_at_precision, expected_calibration_error


def test_a_fitted_calibration_recovers_a_known_logistic_relation() -> None:
    generator = np.random.default_rng(7)
    features = generator.uniform(0, 1, size=(4000, 4))
    truth = 1 / (1 + np.exp(-(3 * features[:, 1] - 1.5)))
    correct = generator.uniform(size=4000) < truth

    calibration = fit(features, correct, l2=0.01)

    assert abs(calibration.weights[1] - 3) < 0.5
    assert expected_calibration_error(calibration.probability(features), correct) < 0.03


def test_calibration_survives_a_round_trip_through_an_array() -> None:
    calibration = Calibration((1.0, 2.0, 0.5, -1.0, 1.0), -3.0)

    assert Calibration.from_array(calibration.as_array()) == calibration


def test_expected_calibration_error_of_perfect_and_overconfident_scores() -> None:
    correct = np.array([True, False, True, False])

    assert expected_calibration_error(np.full(4, 0.5), correct) == 0.0
    assert expected_calibration_error(np.full(4, 1.0), correct) == 0.5


def test_coverage_at_precision_takes_lines_by_falling_confidence() -> None:
    confidence = np.array([0.99, 0.95, 0.9, 0.8, 0.3])
    correct = np.array([True, True, True, False, False])

    assert coverage_at_precision(confidence, correct, precision=0.9) == (0.6, 0.9)
    assert coverage_at_precision(np.array([0.9]), np.array([False])) == (0.0, 1.0)
