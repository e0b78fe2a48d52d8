"""How a row check reports: field (None for the whole row), reason, severity -> the problem at that row."""

from collections.abc import Callable

from domain.goods.problems import RowProblem, Severity

Report = Callable[[str | None, str, Severity], RowProblem]
