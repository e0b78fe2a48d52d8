"""The short summary `declare` prints when it is done."""

from pathlib import Path

import typer

from application.ports.jobs import JobLine
from application.processing.classified_lines import UNVERIFIED
from application.processing.generate_declaration import GenerationOutcome
from domain.processing.job import ProcessingJob


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
    if outcome.unverified_lines:
        echo(f"  national subdivision not verified: {outcome.unverified_lines} line(s) carry HS-6 + 000")
    if len(written) > 1:
        echo(f"  more than 999 goods items: split into {len(written)} declarations")
    for path in written:
        echo(f"  declaration written: {path}")
    if report:
        echo(f"  per-line report: {report}")
    warnings = [p for p in job.problems if p.severity == "warning" and UNVERIFIED not in p.reason]
    for problem in warnings[:20]:
        echo(f"  warning: {problem}")
