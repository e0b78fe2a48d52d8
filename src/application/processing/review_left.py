"""A declaration built while lines are still marked for review says so: their count and rows, as a warning."""

from collections.abc import Sequence

from application.ports.jobs import JobLine
from domain.goods.problems import RowProblem, Severity
from domain.goods.row_lists import sheet_rows_in_words


def lines_left_to_review(lines: Sequence[JobLine]) -> list[RowProblem]:
    """One warning naming the rows whose code still needs review, on their sheets in a list of several (none when
    every line is settled)."""
    left = [job_line.line for job_line in lines if job_line.classification and job_line.classification.needs_review]
    if not left:
        return []
    count = "1 line still needs" if len(left) == 1 else f"{len(left)} lines still need"
    rows = sheet_rows_in_words(line.row_on_sheet for line in left)
    reason = f"{count} review ({rows}): the declaration carries the codes proposed for them"
    return [RowProblem(None, None, reason, Severity.WARNING)]
