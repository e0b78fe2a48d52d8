"""`gumruk memory list|learn|forget|export`: the classifications accounts confirmed, in review or taught here.

They live in the data folder's database (its SQLite, or GUMRUK_DATABASE_URL): the web service's accounts', and the
command line's own (account "local"), which `declare` and `classify` consult before the engine."""

import asyncio
import csv
import io
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from application.errors import ApplicationError
from application.memory.account_memory import AccountMemory, Listed
from application.memory.teach_memory import MemoryNotTaught
from application.processing.line_report import spreadsheet_safe
from entrypoints.bounds import LARGEST
from entrypoints.cli.exits import fail, guarded
from entrypoints.cli.local_account import MemoryAccount, memory_account
from entrypoints.cli.paths import readable_file, writable_file
from entrypoints.cli.service_commands import DataDir, service_container
from entrypoints.cli.taught_lines import UnreadableList, taught_lines
from entrypoints.container import Container
from entrypoints.settings import load_settings

T = TypeVar("T")
memory_app = typer.Typer(help="The memory of confirmed classifications: list, learn, forget, export.",
                         no_args_is_help=True)  # fmt: skip
AccountOption = Annotated[str | None, typer.Option("--account", help="The account's email (default: every account)")]
SearchOption = Annotated[str, typer.Option("--search", help="Words of the description, or the start of the code")]
EXPORTED = ("id", "account", "description", "hs6", "national_code", "confirmed_by", "confirmed_at")


@memory_app.command("list")
@guarded
def list_memory(account: AccountOption = None, search: SearchOption = "", data_dir: DataDir = None) -> None:
    """One line per remembered product: its id (for `forget`), code, date confirmed, account and description; their
    count after them on stderr, as `classify` says what it found: a pipe or a file gets only the list."""
    listed = _run(data_dir, lambda memory: memory.list(account, search))
    for item in listed:
        remembered = item.entry.remembered
        code = remembered.national_code or remembered.hs6
        date = remembered.confirmed_at.date().isoformat()
        typer.echo(f"{item.entry.id:>6}  {code:<10} {date}  {item.email}  {remembered.description}")
    sys.stdout.flush()  # the list first where both streams show together, never the count run into it
    typer.echo(f"gumruk: {len(listed)} remembered classification(s)", err=True)


@memory_app.command("learn")
@guarded
def learn(
    source: Annotated[Path, typer.Argument(metavar="FILE", help="Descriptions and their codes: .csv or .xlsx")],
    account: MemoryAccount = None,
    country: Annotated[str, typer.Option("--country", help="ISO code of the declaring country")] = "TM",
    data_dir: DataDir = None,
) -> None:
    """Teach the memory from a CSV or .xlsx: `declare --report`'s per-line report with its wrong codes corrected (the
    commodity_code column), or a catalogue with 'description' and 'code' columns. `declare` then answers these
    products, and near-duplicates of them, from memory. All or nothing: each wrong row is named."""
    readable_file(source)
    try:
        taught = taught_lines(source.read_bytes(), source.name)
    except UnreadableList as error:
        fail(str(error))
    container = Container.for_command_line(data_dir=data_dir)

    async def run() -> int:
        try:
            account_id = await memory_account(container, account)
            teach = container.teach_memory()
            return int(await teach(account_id, taught.lines, country.upper(), "command line", source.name))
        finally:
            await container.database_engine().dispose()

    try:
        learnt = asyncio.run(run())
    except MemoryNotTaught as refused:
        fail("\n".join([f"{source.name}: {refused}", *(f"  line {p.row}, {p.column}: {p.reason}"
                                                       for p in refused.problems)]))  # fmt: skip
    except ApplicationError as error:
        fail(str(error))
    typer.echo(f"{learnt} classification(s) learnt from {source.name}; `declare` answers these products from memory")
    if taught.unconfirmed:
        typer.echo(f"not learnt, still marked for review ({taught.unconfirmed_named()}): correct the code, or "
                   "write 'no' in needs_review to confirm it, and learn the file again")  # fmt: skip


@memory_app.command("forget")
@guarded
def forget(
    entry_id: Annotated[
        int | None, typer.Argument(metavar="ID", help="The id `memory list` shows", min=1, max=LARGEST)
    ] = None,
    account: AccountOption = None,
    description: Annotated[
        str | None, typer.Option("--description", help="Forget by description (with --account)")
    ] = None,
    data_dir: DataDir = None,
) -> None:
    """Forget one remembered classification, by id or by --account and --description: the product is then
    classified afresh (and charged) the next time a list holds it."""
    if (entry_id is None) == (description is None):
        fail("give either an ID from `gumruk memory list` or --account EMAIL --description TEXT")
    if entry_id is not None:
        forgotten = _run(data_dir, lambda memory: memory.forget(entry_id))
    elif account is None:
        fail(
            "--description needs --account EMAIL (--account local: the command line's own): each account has its "
            "own memory"
        )
    else:
        forgotten = _run(data_dir, lambda memory: memory.forget_description(account, description or ""))
    remembered = forgotten.entry.remembered
    typer.echo(f"forgot {forgotten.entry.id} ({forgotten.email}): '{remembered.description}' as "
               f"{remembered.national_code or remembered.hs6}")  # fmt: skip


@memory_app.command("export")
@guarded
def export(
    target: Annotated[Path, typer.Argument(metavar="FILE.csv", help="Where to write the CSV")],
    account: AccountOption = None,
    search: SearchOption = "",
    data_dir: DataDir = None,
) -> None:
    """Write the remembered classifications to a CSV (UTF-8 with BOM, opens in Excel): one row each."""
    writable_file(target, within=load_settings(data_dir).data_dir)
    listed = _run(data_dir, lambda memory: memory.list(account, search))
    buffer = io.StringIO()
    rows = csv.writer(buffer, lineterminator="\n")
    rows.writerow(EXPORTED)
    rows.writerows([spreadsheet_safe(cell) for cell in _row(item)] for item in listed)
    target.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    typer.echo(f"{len(listed)} remembered classification(s) written to {target}")


def _row(item: Listed) -> tuple[object, ...]:
    r = item.entry.remembered
    return item.entry.id, item.email, r.description, r.hs6, r.national_code, r.confirmed_by, r.confirmed_at.isoformat()


def _run(data_dir: Path | None, call: Callable[[AccountMemory], Awaitable[T]]) -> T:
    """One use case call on the service's database; a missing account or entry exits 2 with its message."""
    container = service_container(data_dir)

    async def run() -> T:
        try:
            return await call(container.account_memory())
        finally:
            await container.database_engine().dispose()

    try:
        return asyncio.run(run())
    except ApplicationError as error:
        fail(str(error))
