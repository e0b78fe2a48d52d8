"""Lines whose supplier's code the engine confidently contradicts: named first, one error a row, and no declaration
written until a person has chosen a code for each in review (ADR 0003, 'The supplier's own code')."""

from collections.abc import Sequence

from application.ports.jobs import JobLine
from application.processing.item_problems import rows_in_words
from domain.classification.candidate import Source
from domain.classification.declared_conflict import CONFLICT_MARK, conflict_reason
from domain.goods.problems import RowProblem, Severity

DECLARED_CODE = "declared_code"  # the column the conflicts are on: the supplier's HS code
CONFLICTS_MARK = "conflict with the engine's"  # in the count that heads them


def declared_conflicts(lines: Sequence[JobLine]) -> list[RowProblem]:
    """A count naming the rows, then one error per row, each with both codes and their tariff texts; none when no
    line's supplier code is in conflict (a line decided in review, or answered from memory, is not)."""
    found = [
        RowProblem(job_line.row, DECLARED_CODE, job_line.line.placed(conflict_reason(result.conflict)))
        for job_line in lines
        if (result := job_line.classification) and result.source is Source.DECLARED and result.conflict
    ]
    if not found:
        return []
    rows = [problem.row for problem in found if problem.row is not None]
    count = "1 line whose supplier's code is" if len(rows) == 1 else f"{len(rows)} lines whose supplier's codes are"
    head = (
        f"{count} in {CONFLICTS_MARK} ({rows_in_words(rows)}): no declaration is written until a code is chosen "
        "for each in review"
    )
    return [RowProblem(None, DECLARED_CODE, head, Severity.ERROR), *found]


def is_declared_conflict(problem: RowProblem) -> bool:
    """One of the problems declared_conflicts makes: the count or a row's."""
    return problem.column == DECLARED_CODE and (CONFLICT_MARK in problem.reason or CONFLICTS_MARK in problem.reason)


def conflict_rows(problems: Sequence[RowProblem]) -> list[int]:
    """The rows of a job's conflicts, in order."""
    return [p.row for p in problems if p.row is not None and is_declared_conflict(p)]
