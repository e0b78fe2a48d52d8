"""The short summary `declare` prints when it is done."""

from collections import Counter
from pathlib import Path

import typer

from application.ports.jobs import JobLine
from application.processing.classified_lines import UNVERIFIED
from application.processing.declared_conflicts import is_declared_conflict
from application.processing.generate_declaration import GenerationOutcome
from domain.classification.candidate import DECLARED_DIFFERS, Classification, Source
from domain.goods.problems import RowProblem, Severity
from domain.processing.job import ProcessingJob
from entrypoints.cli.grouped_problems import grouped

SHOWN_WARNINGS = 20
SOURCE_WORDS = {  # in the order a line's code is looked for
    Source.MEMORY: "from the account's memory",
    Source.DECLARED: "with the supplier's own code from the list",
    Source.ENGINE: "by the offline engine",
    Source.AGENT: "by the OpenAI agent",
    Source.REVIEW: "chosen in review",
}


def print_summary(
    name: str,
    job: ProcessingJob,
    outcome: GenerationOutcome,
    lines: list[JobLine],
    written: list[Path],
    report: Path | None,
) -> None:
    results = [line.classification for line in lines if line.classification]
    review = sum(1 for result in results if result.needs_review)
    echo = typer.echo
    echo(f"{name}: {job.lines_total} lines read, {len(results)} classified ({by_source(results)})")
    echo(f"  low confidence, needs review: {review} line(s)")
    if differing := sum(1 for result in results if any(DECLARED_DIFFERS in note for note in result.notes)):
        echo(f"  supplier's code kept though the engine ranks another first: {differing} line(s), see the report")
    if outcome.unverified_lines:
        echo(f"  national subdivision not verified: {outcome.unverified_lines} line(s) carry HS-6 + 000")
    if len(written) > 1:
        echo(f"  more than 999 goods items: split into {len(written)} declarations")
    for path in written:
        echo(f"  declaration written: {path}")
    if report:
        echo(f"  per-line report: {report}")
    for line in warning_lines(job.problems, left_out=UNVERIFIED):
        echo(f"  {line}")


def by_source(results: list[Classification]) -> str:
    """'2 with the supplier's own code from the list, 4 by the offline engine': where each line's code came from."""
    counts = Counter(result.source for result in results)
    return ", ".join(f"{counts[source]} {SOURCE_WORDS[source]}" for source in SOURCE_WORDS if counts[source])


def warning_lines(problems: list[RowProblem], shown: int = SHOWN_WARNINGS, *, left_out: str = "") -> list[str]:
    """The file's own warnings first, then the rows'; the rest are counted (the report has every row's).
    Warnings whose reason holds `left_out` are not listed: the summary has said it already."""
    warnings = [p for p in problems if p.severity is Severity.WARNING and not (left_out and left_out in p.reason)]
    warnings.sort(key=lambda p: p.row is not None)
    lines = [f"warning: {problem}" for problem in warnings[:shown]]
    if len(warnings) > shown:
        lines.append(f"... and {len(warnings) - shown} more warning(s)")
    return lines


DECIDE_CONFLICTS = (
    "to decide: in the per-line report set commodity_code to the code to declare, or write 'no' in needs_review to "
    "keep the supplier's, then `gumruk memory learn REPORT.csv` and run declare again (or choose in the web review)"
)


def conflict_lines(problems: list[RowProblem]) -> list[str]:
    """The lines whose supplier's code the engine contradicts, first and each on its own: the count with the
    rows, then every row with both codes; empty when there are none."""
    conflicts = [p for p in problems if is_declared_conflict(p)]
    if not conflicts:
        return []
    head = [f"CONFLICT: {p.reason}" for p in conflicts if p.row is None]
    return [*head, *(f"CONFLICT {p}" for p in conflicts if p.row is not None), DECIDE_CONFLICTS]


def problem_lines(problems: list[RowProblem]) -> list[str]:
    """Why nothing was written: the conflicts between the supplier's and the engine's codes first, then every
    other error, then the warnings as `declare` shows them when it succeeds."""
    others = [p for p in problems if not is_declared_conflict(p)]
    errors = [p for p in others if p.severity is Severity.ERROR]
    return conflict_lines(problems) + grouped(errors) + warning_lines(others)
