from adapters.classification.offline.other_chapters import with_other_chapters
from adapters.classification.offline.ranking import Ranking

CODES = ["620442", "620443", "620462", "620463", "392690", "610443", "950300"]


def test_after_the_first_three_the_other_chapters_come_first_in_rank_order() -> None:
    ranking = Ranking("dress", CODES, [0.4, 0.2, 0.1, 0.1, 0.1, 0.05, 0.05], [0.5] * 7, [], [])

    widened = with_other_chapters(ranking)

    assert widened.codes == ["620442", "620443", "620462", "392690", "610443", "950300", "620463"]
    assert widened.shares[3] == 0.1  # each code keeps its own score
    assert ranking.codes == CODES  # the ranking itself is left as it was
