import numpy as np

from adapters.classification.offline.ranking import SIBLINGS, varied_order


def test_no_more_than_siblings_of_one_heading_come_before_the_next_heading() -> None:
    headings = ["6109", "6109", "6109", "6109", "6205", "6109", "6110"]
    order = np.arange(len(headings))

    varied = varied_order(order, headings).tolist()

    assert SIBLINGS == 3
    assert varied == [0, 1, 2, 4, 6, 3, 5]  # the best stays first; the fourth and fifth sibling wait


def test_in_a_close_race_all_siblings_may_lead() -> None:
    headings = ["6204", "6204", "6204", "6204", "6104"]

    assert varied_order(np.arange(5), headings, siblings=5).tolist() == [0, 1, 2, 3, 4]
