"""What the cells of one sheet column show row by row (a currency, a strike), kept as runs of consecutive rows
that show the same: as compact as the sheet is regular, however long it is."""

from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Iterator


class RowRuns:
    """Frame rows of one column and the mark each shows; rows are added in the order of the sheet's XML."""

    def __init__(self) -> None:
        self._runs: list[tuple[int, int, str]] = []  # (first row, last row, mark)
        self._firsts: list[int] | None = []

    def add(self, row: int, mark: str) -> None:
        if self._runs and self._runs[-1][1] == row - 1 and self._runs[-1][2] == mark:
            first, _, _ = self._runs[-1]
            self._runs[-1] = (first, row, mark)
        else:
            self._runs.append((row, row, mark))
        self._firsts = None

    def at(self, row: int) -> str | None:
        """The mark the row shows; None for a row that shows none."""
        if self._firsts is None:  # rows out of order in a hand-made file are put in order once
            self._runs.sort()
            self._firsts = [first for first, _, _ in self._runs]
        index = bisect_right(self._firsts, row) - 1
        return self._runs[index][2] if index >= 0 and self._runs[index][1] >= row else None

    def rows(self, from_row: int = 0, skipped: Collection[int] = ()) -> Iterator[int]:
        """The rows, from `from_row` on and not `skipped`, that show a mark, one at a time: a sheet's column may hold
        millions."""
        every = (row for first, last, _ in self._runs for row in range(max(first, from_row), last + 1))
        return (row for row in every if row not in skipped) if skipped else every

    def showing(self, mark: str) -> "RowRuns":
        """The runs that show this mark."""
        kept = RowRuns()
        kept._runs, kept._firsts = [run for run in self._runs if run[2] == mark], None
        return kept

    def other_than(self, mark: str) -> "RowRuns":
        """The runs that show another mark than this one."""
        kept = RowRuns()
        kept._runs, kept._firsts = [run for run in self._runs if run[2] != mark], None
        return kept

    def __bool__(self) -> bool:
        return bool(self._runs)

    def counts(self, from_row: int = 0, skipped: Collection[int] = ()) -> Counter[str]:
        """How many rows, from `from_row` on and not `skipped`, show each mark."""
        found: Counter[str] = Counter()
        for first, last, mark in self._runs:
            if last >= from_row:
                found[mark] += last - max(first, from_row) + 1
        for row in skipped:
            if row >= from_row and (shown := self.at(row)) is not None:
                found[shown] -= 1
        return +found  # without the marks every row of which is skipped
