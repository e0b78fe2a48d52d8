"""A declaration built while lines are still marked for review says so: their count and rows, as a warning."""

from collections.abc import Sequence

from application.ports.jobs import JobLine
from application.processing.item_problems import rows_in_words
from domain.goods.problems import RowProblem, Severity


def lines_left_to_review(lines: Sequence[JobLine]) -> list[RowProblem]:
    """One warning naming the rows whose code still needs review (none when every line is settled)."""
    rows = [job_line.row for job_line in lines if job_line.classification and job_line.classification.needs_review]
    if not rows:
        return []
    count = "1 line still needs" if len(rows) == 1 else f"{len(rows)} lines still need"
    reason = f"{count} review ({rows_in_words(rows)}): the declaration carries the codes proposed for them"
    return [RowProblem(None, None, reason, Severity.WARNING)]
