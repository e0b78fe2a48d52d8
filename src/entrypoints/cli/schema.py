"""`gumruk schema` and `gumruk validate`: the country's XSD, and every problem of a declaration file."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from domain.goods.problems import RowProblem, Severity
from entrypoints.cli.exits import fail, guarded
from entrypoints.cli.paths import readable_file
from entrypoints.container import Container


@guarded
def schema(country: Annotated[str, typer.Argument(help="ISO code, e.g. TM")] = "TM") -> None:
    """Print the country's declaration.xsd."""
    sys.stdout.buffer.write(Container.for_command_line().countries().renderer(country.upper()).schema())


@guarded
def validate(
    declaration: Annotated[Path, typer.Argument(metavar="FILE.xml", help="A declaration XML file")],
    country: Annotated[str, typer.Option("--country", help="ISO code of the declaring country")] = "TM",
) -> None:
    """Check a declaration against the XSD and the business rules; list every problem."""
    readable_file(declaration)
    renderer = Container.for_command_line().countries().renderer(country.upper())
    found = renderer.validate(declaration.read_bytes())
    errors = [p for p in found if p.severity is Severity.ERROR]
    warnings = "".join(f"\n  warning: {_told(p)}" for p in found if p.severity is not Severity.ERROR)
    if errors:
        fail(f"{declaration}: {len(errors)} problem(s)\n" + "\n".join(f"  {_told(p)}" for p in errors) + warnings)
    typer.echo(f"{declaration}: valid {country.upper()} declaration{warnings}")


def _told(problem: RowProblem) -> str:
    """A problem of an item names the item and its field in its reason; its `row` is the item, not a row."""
    return problem.reason if problem.row is not None else str(problem)
