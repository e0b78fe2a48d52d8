import numpy as np

from adapters.classification.offline.knowledge import Term
from adapters.classification.offline.phrase_matcher import PhraseHit
from adapters.classification.offline.ranking import SIBLINGS, found_only_as_read, varied_order


def test_no_more_than_siblings_of_one_heading_come_before_the_next_heading() -> None:
    headings = ["6109", "6109", "6109", "6109", "6205", "6109", "6110"]
    order = np.arange(len(headings))

    varied = varied_order(order, headings).tolist()

    assert SIBLINGS == 3
    assert varied == [0, 1, 2, 4, 6, 3, 5]  # the best stays first; the fourth and fifth sibling wait


def test_in_a_close_race_all_siblings_may_lead() -> None:
    headings = ["6204", "6204", "6204", "6204", "6104"]

    assert varied_order(np.arange(5), headings, siblings=5).tolist() == [0, 1, 2, 3, 4]


def _hit(phrase: str, code: str, exact: bool = True) -> PhraseHit:
    keys = tuple(phrase.split())
    return PhraseHit(Term(phrase, keys, keys, code, "test.csv:1"), 1.0, tuple(range(len(keys))), exact)


def test_a_first_candidate_known_only_from_a_reading_of_the_line_is_flagged() -> None:
    assert found_only_as_read([_hit("gulp", "830140")], "830140", written={"glp"}) == 1.0  # expanded
    assert found_only_as_read([_hit("shampoo", "330510", exact=False)], "330510", written={"shampo"}) == 1.0


def test_a_phrase_written_in_the_line_is_not_only_read() -> None:
    hits = [_hit("gulp", "8301"), _hit("door lock", "830140", exact=False)]

    assert found_only_as_read(hits, "830140", written={"gulp", "door", "lok"}) == 0.0
    assert found_only_as_read([], "830140", written={"gulp"}) == 0.0  # no phrase behind it at all
