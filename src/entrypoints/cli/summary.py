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
from entrypoints.messages.cli_texts import problem_said, said, told

SHOWN_WARNINGS = 20
SOURCE_WORDS = {  # in the order a line's code is looked for: each one's text in the command's catalog
    Source.MEMORY: "source.memory",
    Source.DECLARED: "source.declared",
    Source.ENGINE: "source.engine",
    Source.AGENT: "source.agent",
    Source.REVIEW: "source.review",
}


def print_summary(
    name: str,
    job: ProcessingJob,
    outcome: GenerationOutcome,
    lines: list[JobLine],
    written: list[Path],
    report: Path | None,
    language: str = "en",
) -> None:
    """What was read and written, where each code came from, and the warnings, in `language`."""
    results = [line.classification for line in lines if line.classification]
    review = sum(1 for result in results if result.needs_review)
    sources = by_source(results, language)
    echo = typer.echo
    echo(said("summary.read", language, name=name, lines=job.lines_total, classified=len(results), sources=sources))
    echo("  " + said("summary.review", language, n=review))
    if differing := sum(1 for result in results if any(DECLARED_DIFFERS in note for note in result.notes)):
        echo("  " + said("summary.declared_differs", language, n=differing))
    if outcome.unverified_lines:
        echo("  " + said("summary.unverified", language, n=outcome.unverified_lines))
    if len(written) > 1:
        echo("  " + said("summary.split", language, n=len(written)))
    for path in written:
        echo("  " + said("summary.written", language, path=path))
    if report:
        echo("  " + said("summary.report", language, path=report))
    for line in warning_lines(job.problems, left_out=UNVERIFIED, language=language):
        echo(f"  {line}")


def by_source(results: list[Classification], language: str = "en") -> str:
    """'2 with the supplier's own code from the list, 4 by the offline engine': where each line's code came from."""
    counts = Counter(result.source for result in results)
    return ", ".join(
        said(SOURCE_WORDS[source], language, n=counts[source]) for source in SOURCE_WORDS if counts[source]
    )


def warning_lines(
    problems: list[RowProblem], shown: int = SHOWN_WARNINGS, *, left_out: str = "", language: str = "en"
) -> list[str]:
    """The file's own warnings first, then the rows'; the rest are counted (the report has every row's).
    Warnings whose reason holds `left_out` are not listed: the summary has said it already."""
    warnings = [p for p in problems if p.severity is Severity.WARNING and not (left_out and left_out in p.reason)]
    warnings.sort(key=lambda p: p.row is not None)
    lines = [said("warning", language, problem=problem_said(problem, language)) for problem in warnings[:shown]]
    if len(warnings) > shown:
        lines.append(said("more_warnings", language, n=len(warnings) - shown))
    return lines


def conflict_lines(problems: list[RowProblem], language: str = "en") -> list[str]:
    """The lines whose supplier's code the engine contradicts, first and each on its own: the count with the
    rows, then every row with both codes; empty when there are none."""
    conflicts = [p for p in problems if is_declared_conflict(p)]
    if not conflicts:
        return []
    head = [said("conflict.head", language, reason=told(p.reason, language)) for p in conflicts if p.row is None]
    rows = [said("conflict.row", language, problem=problem_said(p, language)) for p in conflicts if p.row is not None]
    return [*head, *rows, said("conflict.decide", language)]


def problem_lines(problems: list[RowProblem], language: str = "en") -> list[str]:
    """Why nothing was written: the conflicts between the supplier's and the engine's codes first, then every
    other error, then the warnings as `declare` shows them when it succeeds."""
    others = [p for p in problems if not is_declared_conflict(p)]
    errors = [p for p in others if p.severity is Severity.ERROR]
    return conflict_lines(problems, language) + grouped(errors, language) + warning_lines(others, language=language)
