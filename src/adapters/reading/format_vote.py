"""The currency a list's amounts show by their number formats, when it states none: the one the most amount cells
show among the rows that may be lines (not set aside, nor totals or charges: 'Total CIF', 'Freight', which may be
billed or typed in another currency)."""

from collections import Counter
from collections.abc import Collection
from itertools import chain

from adapters.reading.row_labels import NotGoods, lines_among
from adapters.reading.row_runs import RowRuns


def commonest_format_mark(
    marks: dict[str, RowRuns], from_row: int, left_out: Collection[int], not_goods: NotGoods
) -> str | None:
    """The currency the most amount cells show by their format, from `from_row` on, in rows that may be lines (not
    `left_out`, nor among `not_goods`). The labels of the rows of every other currency are read; those of the
    commonest only until its lines outnumber the others' (at once for a column formatted in one currency)."""
    shown: Counter[str] = Counter()
    for runs in marks.values():
        shown.update(runs.counts(from_row, left_out))
    if not shown:
        return None
    (commonest, _), *others = shown.most_common()

    def lines(mark: str, enough: float = float("inf")) -> int:
        rows = chain.from_iterable(runs.showing(mark).rows(from_row, left_out) for runs in marks.values())
        return lines_among(rows, not_goods, enough)

    counted = {mark: lines(mark) for mark, _ in others}
    counted[commonest] = lines(commonest, enough=max(counted.values(), default=0))
    if counted[commonest] > max(counted.values(), default=0):
        return commonest
    in_order = +Counter({mark: counted[mark] for mark in shown})  # as first shown: the first of a tie wins
    return in_order.most_common(1)[0][0] if in_order else None
