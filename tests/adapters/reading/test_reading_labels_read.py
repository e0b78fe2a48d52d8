"""Which rows' labels are read to tell a list's currency from its number formats and its stale-format columns:
every row of the rarer currencies, and of the commonest only as many as tell (a whole column formatted in one
currency is told by its first rows, not by the labels of two million)."""

from collections.abc import Collection

from adapters.reading.format_vote import commonest_format_mark
from adapters.reading.row_runs import RowRuns
from adapters.reading.stale_formats import stale_format_fields

EVERY_ROW = 100_000


def _runs(marks: dict[range | tuple[int, ...], str]) -> RowRuns:
    runs = RowRuns()
    for rows, mark in marks.items():
        for row in rows:
            runs.add(row, mark)
    return runs


class Labels:
    """A stand-in for not_goods_rows: `totals` are the rows whose labels say total or charge; notes the rows asked."""

    def __init__(self, totals: Collection[int] = ()) -> None:
        self.totals = set(totals)
        self.asked: list[int] = []

    def __call__(self, rows: list[int]) -> set[int]:
        self.asked += rows
        return self.totals & set(rows)


def test_a_column_formatted_in_full_is_told_by_its_first_rows() -> None:
    stale, voting = Labels(), Labels()
    runs = _runs({range(1, EVERY_ROW + 1): "EUR"})
    assert stale_format_fields({"value": runs}, "USD", 1, frozenset(), stale) == {"value"}
    assert commonest_format_mark({"value": runs}, 1, frozenset(), voting) == "EUR"
    assert len(stale.asked) <= 64 and len(voting.asked) <= 64


def test_every_row_of_a_rarer_currency_is_read_and_the_commonest_until_it_outnumbers_them() -> None:
    labels = Labels(totals={EVERY_ROW + 1})  # a total in dollars below a column in euros
    runs = _runs({range(1, EVERY_ROW + 1): "EUR", range(EVERY_ROW + 1, EVERY_ROW + 11): "USD"})
    assert commonest_format_mark({"value": runs}, 1, frozenset(), labels) == "EUR"
    assert set(range(EVERY_ROW + 1, EVERY_ROW + 11)) <= set(labels.asked) and len(labels.asked) <= 10 + 64


def test_rows_that_are_not_lines_do_not_count_however_far_down_the_lines_are() -> None:
    runs = _runs({range(1, 1001): "EUR"})
    lines_far_down = Labels(totals=set(range(1, 1001)) - {900, 950})
    one_line = Labels(totals=set(range(1, 1001)) - {900})
    set_aside = frozenset(range(1, 1001)) - {900, 950}
    assert stale_format_fields({"value": runs}, "USD", 1, frozenset(), lines_far_down) == {"value"}
    assert stale_format_fields({"value": runs}, "USD", 1, frozenset(), one_line) == frozenset()
    assert stale_format_fields({"value": runs}, "USD", 1, set_aside, one_line) == frozenset()


def test_the_commonest_among_the_lines_wins_and_none_without_lines() -> None:
    runs = _runs({range(1, 6): "EUR", range(6, 9): "USD"})  # more euro cells, but four are totals
    assert commonest_format_mark({"value": runs}, 1, frozenset(), Labels(totals={1, 2, 3, 4})) == "USD"
    assert commonest_format_mark({"value": runs}, 1, frozenset(), Labels(totals=range(1, 9))) is None
    assert commonest_format_mark({"value": runs}, 1, frozenset(range(6, 9)), Labels(totals={1, 2, 3, 4})) == "EUR"
