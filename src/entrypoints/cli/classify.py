"""`gumruk classify`: ranked HS-6 candidates for every row, as CSV on stdout (`row,rank,hs6,score`)."""

import csv
import sys
from pathlib import Path
from typing import Annotated

import typer

from application.ports.classifier import ClassificationRequest
from application.processing.line_keys import description_key
from domain.classification.candidate import Classification
from entrypoints.cli.columns import ColumnOption, named_columns
from entrypoints.cli.exits import guarded
from entrypoints.cli.paths import readable_file
from entrypoints.container import Container


@guarded
def classify(
    source: Annotated[Path, typer.Argument(metavar="INPUT", help="A product list: .csv or .xlsx")],
    column: ColumnOption = None,
    top: Annotated[int, typer.Option("--top", min=1, max=50, help="Candidates per row")] = 5,
) -> None:
    """Rank HS-6 candidates for every row, as CSV on stdout; the contract `row,rank,hs6,score` is stable.

    The offline engine ranks them, or the OpenAI agent when GUMRUK_CLASSIFIER=openai and OPENAI_API_KEY are
    set. No account memory, no national tariff line: use `declare` for a declaration."""
    readable_file(source)
    named = named_columns(column)
    container = Container.for_command_line()
    reader, classifier = container.reader(), container.classifier()
    chunks = reader.read_chunks(source.read_bytes(), source.name, named_columns=named)  # unusable: raises
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["row", "rank", "hs6", "score"])
    known: dict[str, Classification] = {}
    skipped = 0
    with container.notifier():
        for chunk in chunks:
            lines = [line for line in chunk.lines if line.has_words]
            skipped += len(chunk.lines) - len(lines)
            fresh = {
                description_key(ln.description): ln for ln in lines if description_key(ln.description) not in known
            }
            requests = [ClassificationRequest(ln.description, ln.declared_code) for ln in fresh.values()]
            known.update(zip(fresh, classifier.classify(requests, top=top), strict=True))
            for line in lines:
                for rank, candidate in enumerate(known[description_key(line.description)].candidates[:top], 1):
                    out.writerow([line.row, rank, candidate.hs6, f"{candidate.score:.4f}"])
    if skipped:
        typer.echo(f"gumruk: {skipped} row(s) without words to classify were skipped", err=True)
