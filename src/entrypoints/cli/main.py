"""The `gumruk` command."""

import typer

import entrypoints.cli.flags  # noqa: F401  (flags read as flags in --help)
from entrypoints.cli.admin_commands import admin
from entrypoints.cli.ai_commands import ai_app
from entrypoints.cli.classify import classify
from entrypoints.cli.declare import declare
from entrypoints.cli.memory_commands import memory_app
from entrypoints.cli.schema import schema, validate
from entrypoints.cli.service_commands import serve, worker
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
app.add_typer(ai_app, name="ai")
app.command()(serve)
app.command()(worker)
app.add_typer(admin, name="admin")
app.add_typer(memory_app, name="memory")


def run() -> None:
    app()
