"""`gumruk classify`: ranked HS-6 candidates for every row, as CSV on stdout (`row,rank,hs6,score,source`, then
`needs_review,notes,rationale,description`).

`score` is the figure `declare`'s report and the review page show: the line's confidence for rank 1, each
alternative's share on that scale. `source` says whose code a candidate is: 'declared' for the supplier's own
code kept at rank 1 (the engine may rank another above it, shown below it with a higher score), else 'engine'
or 'agent'. The first five columns keep their places. `needs_review` and `notes` (what the line leaves open, such as
"material not stated") are the line's, on its rank-1 row; `rationale` is each candidate's. What reading the list
found (the errors a declaration would stop at, the warnings) is said on stderr; every row is ranked all the
same."""

import csv
import sys
from pathlib import Path
from typing import Annotated

import typer

from application.pipeline.named_columns import named_columns
from application.processing.line_keys import description_key
from application.processing.line_report import spreadsheet_safe
from domain.classification.candidate import DECLARED_DIFFERS, Classification, Source
from domain.classification.shown_confidence import shown_confidences
from domain.goods.problems import RowProblem, Severity
from domain.goods.row_lists import rows_in_words
from entrypoints.cli.columns import ColumnOption
from entrypoints.cli.exits import guarded
from entrypoints.cli.language import LanguageOption, command_language
from entrypoints.cli.local_account import MemoryAccount
from entrypoints.cli.paths import DATA_DIR_HELP, readable_file
from entrypoints.cli.recollection import Recollection
from entrypoints.cli.sheets import SheetOption
from entrypoints.cli.summary import SHOWN_WARNINGS, warning_lines
from entrypoints.container import Container
from entrypoints.messages.cli_texts import problem_said, said, told_place


@guarded
def classify(
    source: Annotated[Path, typer.Argument(metavar="INPUT", help="A product list: .csv, .xlsx or .xls")],
    column: ColumnOption = None,
    sheet: SheetOption = None,
    top: Annotated[int, typer.Option("--top", min=1, max=50, help="Candidates per row")] = 5,
    country: Annotated[
        str, typer.Option("--country", help="ISO code of the declaring country: how its national codes are written")
    ] = "TM",
    account: MemoryAccount = None,
    data_dir: Annotated[Path | None, typer.Option("--data-dir", help=DATA_DIR_HELP)] = None,
    language: LanguageOption = None,
) -> None:
    """Rank HS-6 candidates for every row, as CSV on stdout; the contract `row,rank,hs6,score,source` is stable.

    A product the memory knows (see `gumruk memory learn`) is answered from it first (source 'memory'); the
    others by the offline engine, or the OpenAI agent when GUMRUK_CLASSIFIER=openai and OPENAI_API_KEY are set.
    No national tariff line: use `declare` for a declaration. The goods of every sheet of a workbook that holds
    them are read as one list; --sheet NAME reads only those named. What reading found is told on stderr in
    --language (en, ru, tk; by default GUMRUK_LANGUAGE or the locale); the CSV stays English."""
    spoken = command_language(language)
    readable_file(source)
    named = named_columns(column or [])
    container = Container.for_command_line(data_dir=data_dir)
    reader = container.reader()
    out = csv.writer(sys.stdout, lineterminator="\n")
    known: dict[str, Classification] = {}
    problems: list[RowProblem] = []
    overruled = 0
    conflicts: list[int] = []
    skipped: list[int] = []
    with Recollection(container, account) as memory, container.notifier():
        data, sheets = source.read_bytes(), sheet or []
        chunks = reader.read_chunks(  # unusable: raises
            data, source.name, named_columns=named, sheets=sheets, country=country.upper()
        )
        out.writerow(["row", "rank", "hs6", "score", "source", "needs_review", "notes", "rationale", "description"])
        for chunk in chunks:
            problems += chunk.all_problems()
            lines = [line for line in chunk.lines if line.has_words]
            skipped += [line.row for line in chunk.lines if not line.has_words]
            fresh = {
                description_key(ln.description): ln for ln in lines if description_key(ln.description) not in known
            }
            known.update(memory.classify(list(fresh.values()), top))
            for line in lines:
                result = known[description_key(line.description)]
                overruled += any(DECLARED_DIFFERS in note for note in result.notes)
                if result.source is Source.DECLARED and result.conflict:
                    conflicts.append(line.row)
                out.writerows(
                    [line.row, *ranked, *_explained(result, index, line.description)]
                    for index, ranked in enumerate(_ranked(result, top))
                )
    if conflicts:  # first: a declaration would not be written until a code is chosen for each
        rows = told_place(rows_in_words(conflicts), spoken)
        typer.echo("gumruk: " + said("classify.conflict", spoken, n=len(conflicts), rows=rows), err=True)
    if skipped:
        rows = told_place(rows_in_words(skipped), spoken)
        typer.echo("gumruk: " + said("classify.skipped", spoken, n=len(skipped), rows=rows), err=True)
    if overruled:
        typer.echo("gumruk: " + said("classify.overruled", spoken, n=overruled), err=True)
    for told in reading_problems(problems, spoken):
        typer.echo(f"gumruk: {told}", err=True)


def reading_problems(problems: list[RowProblem], language: str = "en") -> list[str]:
    """What reading the list found, as `declare` would say it: its rows are ranked all the same, but a declaration
    stops at the errors."""
    errors = [p for p in problems if p.severity is Severity.ERROR]
    lines = [said("error_would_stop", language, problem=problem_said(p, language)) for p in errors[:SHOWN_WARNINGS]]
    if len(errors) > SHOWN_WARNINGS:
        lines.append(said("more_errors", language, n=len(errors) - SHOWN_WARNINGS))
    return lines + warning_lines(problems, language=language)


def _ranked(result: Classification, top: int) -> list[list[object]]:
    """rank, hs6, score and source of each candidate shown."""
    others = Source.ENGINE if result.source is Source.DECLARED else result.source
    pairs = zip(result.candidates[:top], shown_confidences(result), strict=False)
    return [
        [rank, candidate.hs6, "" if figure is None else f"{figure:.4f}", (result.source if rank == 1 else others).value]
        for rank, (candidate, figure) in enumerate(pairs, 1)
    ]


def _explained(result: Classification, index: int, description: str) -> list[str]:
    """needs_review and notes (on the first candidate's row), the rationale of candidate `index` (from 0), the
    description; cells a spreadsheet would run as formulas are quoted."""
    first = index == 0
    review = ("yes" if result.needs_review else "no") if first else ""
    notes = "; ".join(result.notes) if first else ""
    cells = [review, notes, result.candidates[index].rationale, description]
    return [spreadsheet_safe(cell) for cell in cells]
