"""A line shows one figure per code: the first candidate's is the line's confidence, the others on the same scale."""

import random

import pytest

from domain.classification.candidate import Candidate, Classification, DeclaredConflict, Source
from domain.classification.shown_confidence import shown_confidences


def classified(scores: list[float], confidence: float, source: Source = Source.ENGINE) -> Classification:
    candidates = [Candidate(f"0902{n}0", score, "") for n, score in enumerate(scores)]
    return Classification(candidates, source, confidence)


def test_the_tea_line_shows_its_confidence_for_its_first_code_not_the_engine_share() -> None:
    """The trial's line: 99 % of the engine's support, 89 % calibrated confidence."""
    figures = shown_confidences(classified([0.99, 0.008, 0.002], 0.89))
    assert figures[0] == 0.89
    assert figures[1:] == pytest.approx([0.008 * 0.89 / 0.99, 0.002 * 0.89 / 0.99])


def test_a_confident_line_with_flat_shares_never_shows_more_than_100_percent_in_all() -> None:
    figures = shown_confidences(classified([0.4, 0.35, 0.25], 0.9))
    assert figures[0] == 0.9 and sum(f or 0 for f in figures) == pytest.approx(1.0)
    assert figures[1] == pytest.approx(0.35 * 0.1 / 0.6)


def test_figures_keep_the_engine_order_below_the_first_and_within_100_percent() -> None:
    rng = random.Random(7)
    for _ in range(500):
        raw = sorted((rng.random() for _ in range(rng.randint(1, 5))), reverse=True)
        kept = rng.uniform(0.5, 1)  # the shown candidates' part of the engine's support
        scores = [score / sum(raw) * kept for score in raw]
        figures = [f or 0.0 for f in shown_confidences(classified(scores, rng.random()))]
        assert figures == sorted(figures, reverse=True) and sum(figures) <= 1 + 1e-9


def test_a_declared_code_kept_first_lets_the_code_the_engine_prefers_show_above_it() -> None:
    """Its confidence is its own share, so the shares stand as they are: the engine's preference stays visible."""
    assert shown_confidences(classified([0.2, 0.7], 0.2, Source.DECLARED)) == [0.2, 0.7]


def test_the_code_the_engine_is_sure_of_against_the_suppliers_shows_the_confidence_its_conflict_names() -> None:
    """The trial's line: the conflict said '89 % sure' while the report showed the engine's code at 1.00."""
    line = classified([0.0, 0.9999, 0.0001], 0.0, Source.DECLARED)
    line.candidates[1] = Candidate("841810", 0.9999, "")
    line.conflict = DeclaredConflict("090230", "tea", "841810", "refrigerators", 0.89, "another chapter")
    assert shown_confidences(line) == pytest.approx([0.0, 0.89, 0.0001 * 0.89 / 0.9999])


def test_a_corrected_line_and_one_without_candidates_show_no_figures() -> None:
    assert shown_confidences(classified([1.0, 0.99], 1.0, Source.REVIEW)) == [None, None]
    assert shown_confidences(classified([], 0.0)) == []
    assert shown_confidences(classified([0.0], 0.0, Source.DECLARED)) == [0.0]
