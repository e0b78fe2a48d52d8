"""One warning naming the rows below the header that are not read as lines, ten of them at most."""

from adapters.reading.file_lines import place_in_file
from adapters.reading.reading_plan import ReadingPlan
from domain.goods.problems import RowProblem, Severity

_LISTED = 10


def rows_note(positions: list[int], plan: ReadingPlan, reason: str) -> list[RowProblem]:
    if not positions:
        return []
    places = [place_in_file(p, plan.is_workbook, plan.file_lines, plan.sheet) for p in positions[:_LISTED]]
    more = f" and {len(positions) - _LISTED} more" if len(positions) > _LISTED else ""
    return [RowProblem(None, None, reason.format(", ".join(places) + more), Severity.WARNING)]
