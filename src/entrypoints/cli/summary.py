"""The short summary `declare` prints when it is done."""

from pathlib import Path

import typer

from application.ports.jobs import JobLine
from application.processing.classified_lines import UNVERIFIED
from application.processing.generate_declaration import GenerationOutcome
from domain.classification.candidate import DECLARED_DIFFERS
from domain.goods.problems import RowProblem, Severity
from domain.processing.job import ProcessingJob

SHOWN_WARNINGS = 20


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
    sources: dict[str, int] = {}
    for result in results:
        sources[result.source.value] = sources.get(result.source.value, 0) + 1
    by_source = ", ".join(f"{count} {source}" for source, count in sorted(sources.items()))
    echo = typer.echo
    echo(f"{name}: {job.lines_total} lines read, {len(results)} classified ({by_source})")
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


def warning_lines(problems: list[RowProblem], shown: int = SHOWN_WARNINGS, *, left_out: str = "") -> list[str]:
    """The file's own warnings first, then the rows'; the rest are counted (the report has every row's).
    Warnings whose reason holds `left_out` are not listed: the summary has said it already."""
    warnings = [p for p in problems if p.severity is Severity.WARNING and not (left_out and left_out in p.reason)]
    warnings.sort(key=lambda p: p.row is not None)
    lines = [f"warning: {problem}" for problem in warnings[:shown]]
    if len(warnings) > shown:
        lines.append(f"... and {len(warnings) - shown} more warning(s)")
    return lines


def problem_lines(problems: list[RowProblem]) -> list[str]:
    """Why nothing was written: every error, then the warnings as `declare` shows them when it succeeds."""
    errors = [str(p) for p in problems if p.severity is Severity.ERROR]
    return errors + warning_lines(problems)
