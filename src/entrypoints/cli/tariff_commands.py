"""`gumruk tariff import`: an administrator loads a country's national tariff, all of it or nothing."""

from pathlib import Path
from typing import Annotated

import typer

from application.tariff.import_tariff import TariffRejected
from entrypoints.cli.exits import fail, guarded
from entrypoints.cli.paths import readable_file
from entrypoints.container import Container

tariff_app = typer.Typer(help="National tariffs: import the tariff lines below the HS-6 subheadings.")


@tariff_app.command("import")
@guarded
def import_tariff(
    source: Annotated[Path, typer.Argument(metavar="FILE", help="The tariff: .csv, .xlsx or .xls")],
    country: Annotated[str, typer.Option("--country", help="ISO code of the tariff's country")] = "TM",
    data_dir: Annotated[Path | None, typer.Option("--data-dir", help="Gumruk's data folder")] = None,
) -> None:
    """Check every row (code, HS-6, unit, dates) and keep the tariff as the country's current version."""
    readable_file(source)
    container = Container.for_command_line(data_dir=data_dir)
    try:
        imported = container.import_national_tariff()(source.read_bytes(), source.name, country)
    except TariffRejected as rejected:
        fail(str(rejected))
    typer.echo(
        f"{source.name}: {imported.lines} national tariff lines imported for {imported.country}, "
        f"covering {imported.subheadings} HS-6 subheadings (version {imported.version})"
    )
    if imported.heading_rows:
        typer.echo(f"  {imported.heading_rows} heading row(s) without a national code skipped")
    if before := imported.replaced:
        typer.echo(
            f"  it replaces the tariff imported from {before.source} on {before.imported_at:%Y-%m-%d} "
            f"({len(before.lines)} lines, version {before.version}), which is kept but no longer used"
        )
