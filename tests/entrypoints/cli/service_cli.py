"""The service commands on a Typer app of their own, as `gumruk` registers them; runnable as a module."""

import typer

from entrypoints.cli.service_commands import admin, serve, worker

app = typer.Typer(pretty_exceptions_enable=False, add_completion=False)
app.command()(serve)
app.command()(worker)
app.add_typer(admin, name="admin")

if __name__ == "__main__":
    app()
