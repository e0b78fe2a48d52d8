import numpy as np

from adapters.classification.offline.ranking import SIBLINGS, varied_order


def test_no_more_than_siblings_of_one_heading_come_before_the_next_heading() -> None:
    headings = ["6109", "6109", "6109", "6109", "6205", "6109", "6110"]
    order = np.arange(len(headings))

    varied = varied_order(order, headings).tolist()

    assert SIBLINGS == 3
    assert varied == [0, 1, 2, 4, 6, 3, 5]  # the best stays first; the fourth and fifth sibling wait
