"""Packages of different kinds are never added up, as quantities in different units are not (ADR 0036): box 31
declares one number of packages of one kind per goods item, so lines that would make one item but state packages of
two kinds ('10 ctns' and '1 pallet' of the same bulbs) are kept apart as one item per kind, and a warning names
their rows. A line stating no kind of package goes with the first kind its item's lines state."""

from collections.abc import Sequence

from domain.declaration.classified_line import ClassifiedLine
from domain.declaration.packages import package_kind_of
from domain.goods.problems import RowProblem, Severity
from domain.goods.row_lists import sheet_rows_in_words


def split_by_package_kind(group: list[ClassifiedLine]) -> list[list[ClassifiedLine]]:
    """The lines of one would-be item, one list per kind of package they state (the group itself for one kind),
    each in the group's order."""
    stated = [package_kind_of(entry.line) for entry in group]
    first = next((kind for kind in stated if kind), None)
    kinds: dict[str | None, list[ClassifiedLine]] = {}
    for entry, kind in zip(group, stated, strict=True):
        kinds.setdefault(kind or first, []).append(entry)
    return list(kinds.values()) if len(kinds) > 1 else [group]


def package_kind_splits(groups: Sequence[list[ClassifiedLine]]) -> list[RowProblem]:
    """A warning for each would-be item whose lines state packages of several kinds, naming the rows (on their
    sheets, in a list of several)."""
    problems = []
    for group in groups:
        parts = split_by_package_kind(group)
        if len(parts) < 2:
            continue
        kinds = ", ".join(package_kind_of(part[0].line) or "?" for part in parts)
        rows = sheet_rows_in_words(entry.line.row_on_sheet for entry in group if package_kind_of(entry.line))
        reason = (
            f"{rows} would make one goods item but state packages of different kinds ({kinds}): "
            "packages of different kinds are never added up, so the lines are declared as one goods item per kind"
        )
        problems.append(RowProblem(None, None, reason, Severity.WARNING))
    return problems
