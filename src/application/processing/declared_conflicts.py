"""Lines whose supplier's code the engine confidently contradicts: named first, one error a row, and no declaration
written until a person has chosen a code for each in review (ADR 0003, 'The supplier's own code')."""

from collections.abc import Sequence

from application.ports.jobs import JobLine
from domain.classification.candidate import Source
from domain.classification.declared_conflict import conflict_reason
from domain.goods.problems import ProblemKind, RowProblem, Severity
from domain.goods.row_lists import sheet_rows_in_words

DECLARED_CODE = "declared_code"  # the column the conflicts are on: the supplier's HS code
CONFLICT = ProblemKind.DECLARED_CONFLICT


def declared_conflicts(lines: Sequence[JobLine]) -> list[RowProblem]:
    """A count naming the rows (on their sheets, in a list of several), then one error per row, each with both codes
    and their tariff texts; none when no line's supplier code is in conflict (a line decided in review, or answered
    from memory, is not)."""
    conflicting = [
        (job_line.line, result.conflict)
        for job_line in lines
        if (result := job_line.classification) and result.source is Source.DECLARED and result.conflict
    ]
    if not conflicting:
        return []
    found = [
        line.problem(DECLARED_CODE, line.placed(conflict_reason(conflict)), kind=CONFLICT)
        for line, conflict in conflicting
    ]
    rows = sheet_rows_in_words(line.row_on_sheet for line, _ in conflicting)
    count = "1 line whose supplier's code is" if len(found) == 1 else f"{len(found)} lines whose supplier's codes are"
    head = (
        f"{count} in conflict with the engine's ({rows}): no declaration is written until a code is chosen for each "
        "in review"
    )
    return [RowProblem(None, DECLARED_CODE, head, Severity.ERROR, kind=CONFLICT), *found]


def is_declared_conflict(problem: RowProblem) -> bool:
    """One of the problems declared_conflicts makes: the count or a row's."""
    return problem.kind is CONFLICT


def conflict_rows(problems: Sequence[RowProblem]) -> list[int]:
    """The rows of a job's conflicts, in order."""
    return [p.row for p in problems if p.row is not None and is_declared_conflict(p)]
