import numpy as np

from adapters.classification.offline.code_groups import CodeGroups
from adapters.classification.offline.evidence import Evidence
from adapters.classification.offline.fusion import fuse, top_columns

CODES = ["330410", "330420", "330499", "610910", "610990"]


def _evidence(**signals: list[float]) -> Evidence:
    rows = {
        name: np.array([signals.get(name, [0.0] * len(CODES))], dtype=np.float32)
        for name in ("lexical", "semantic", "term", "trigram", "phrase")
    }
    return Evidence(vote=np.zeros((1, len(CODES)), dtype=np.float32), hits=[[]], **rows)


def test_code_groups_pool_by_heading_and_spread_lexicon_codes() -> None:
    groups = CodeGroups(CODES, ["3304", "610910"])
    matrix = np.array([[0.1, 0.5, 0.2, 0.3, 0.0]])

    assert groups.heading_best(matrix).tolist() == [[0.5, 0.3]]
    by_slot = np.array([[0.4, 0.9]])  # slots: "3304", "610910"
    assert groups.from_slots(by_slot).tolist() == [[0.4, 0.4, 0.4, 0.9, 0.0]]


def test_a_heading_supported_by_two_signals_beats_a_lone_lucky_subheading() -> None:
    groups = CodeGroups(CODES, [])
    evidence = _evidence(
        lexical=[0.0, 0.0, 0.0, 0.0, 0.4],  # one signal on a T-shirt, stronger than either 3304 signal alone
        term=[0.6, 0.0, 0.0, 0.0, 0.0],  # two signals on different lip/eye subheadings of 3304
        trigram=[0.0, 0.3, 0.0, 0.0, 0.0],
    )

    scores = fuse(evidence, groups)

    assert CODES[int(scores.argmax())].startswith("3304")


def test_the_nearest_phrases_vote_for_heading_and_chapter() -> None:
    groups = CodeGroups(CODES, [])
    evidence = _evidence(lexical=[0.0, 0.0, 0.0, 0.0, 0.2])
    voted = Evidence(**{**evidence.__dict__, "vote": np.array([[0.6, 0.6, 0.6, 0.0, 0.0]], dtype=np.float32)})

    assert CODES[int(fuse(evidence, groups).argmax())] == "610990"
    assert CODES[int(fuse(voted, groups).argmax())].startswith("3304")


def test_between_siblings_without_evidence_the_residual_subheading_wins() -> None:
    groups = CodeGroups(CODES, [])
    evidence = _evidence(term=[0.6, 0.6, 0.6, 0.0, 0.0])  # "lip or eye or other make-up": nothing decides
    residual = np.array([0.0, 0.0, 1.0, 0.0, 1.0], dtype=np.float32)

    assert CODES[int(fuse(evidence, groups, residual).argmax())] == "330499"


def test_top_columns_are_best_first() -> None:
    scores = np.array([[0.1, 0.7, 0.3, 0.9], [0.5, 0.4, 0.6, 0.0]])

    assert top_columns(scores, 2).tolist() == [[3, 1], [2, 0]]
