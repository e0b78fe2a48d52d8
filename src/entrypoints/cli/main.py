"""The `gumruk` command."""

import typer

from entrypoints.cli.classify import classify
from entrypoints.cli.declare import declare
from entrypoints.cli.schema import schema, validate
from entrypoints.cli.tariff_commands import tariff_app

app = typer.Typer(
    name="gumruk",
    help="Turn a supplier's product list into a validated customs declaration.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.command()(declare)
app.command()(classify)
app.command()(schema)
app.command()(validate)
app.add_typer(tariff_app, name="tariff")


def run() -> None:
    app()
