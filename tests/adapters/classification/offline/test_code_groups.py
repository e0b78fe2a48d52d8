import numpy as np

from adapters.classification.offline.code_groups import CodeGroups

CODES = ["330510", "330520", "330590", "821210"]


def test_a_subheading_named_inside_a_named_heading_beats_its_siblings() -> None:
    groups = CodeGroups(CODES, ["3305", "330590"])
    brand, product_type = 0.6, 0.5  # "pantene" names the heading, "conditioner" the subheading

    scores = groups.combined_from_slots(np.array([[brand, product_type]]))[0]

    assert scores.argmax() == CODES.index("330590")
    np.testing.assert_allclose(scores, [0.6, 0.6, 1 - 0.4 * 0.5, 0.0])


def test_plain_slots_keep_the_stronger_of_own_and_heading_evidence() -> None:
    groups = CodeGroups(CODES, ["3305", "330590"])

    np.testing.assert_allclose(groups.from_slots(np.array([[0.6, 0.5]]))[0], [0.6, 0.6, 0.6, 0.0])


def test_headings_and_chapters_pool_their_best_column() -> None:
    groups = CodeGroups(CODES, [])

    np.testing.assert_allclose(groups.heading_best(np.array([[0.1, 0.3, 0.2, 0.5]]))[0], [0.3, 0.5])
    np.testing.assert_allclose(groups.chapter_best(np.array([[0.1, 0.3, 0.2, 0.5]]))[0], [0.3, 0.5])
