"""`gumruk admin create` and `gumruk admin password`: administrators, and a new password for a forgotten one."""

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from application.errors import ApplicationError
from entrypoints.cli.service_commands import DataDir, service_container

admin = typer.Typer(help="Administer accounts.", no_args_is_help=True)
T = TypeVar("T")
Password = Annotated[
    str,
    typer.Option(
        prompt=True,
        confirmation_prompt=True,
        hide_input=True,
        show_default=False,
        help="At least 8 characters; asked for twice, hidden, when not given",
    ),
]


@admin.command("create")
def admin_create(
    email: Annotated[str, typer.Option(help="The administrator's email")],
    password: Password = "",
    data_dir: DataDir = None,
) -> None:
    """Create an administrator, or make an existing account one (with this password)."""
    account, created = _run(data_dir, lambda container: container.create_administrator()(email, password))
    typer.echo(f"{'created' if created else 'promoted'} administrator {account.email} ({account.id})")


@admin.command("password")
def admin_password(
    email: Annotated[str, typer.Option(help="The account's email")],
    password: Password = "",
    data_dir: DataDir = None,
) -> None:
    """Set a new password for an account whose password is forgotten; its sessions end at once (its API keys work
    on). Tell the person the new password; they can change it on the web's Password page."""
    account = _run(data_dir, lambda container: container.reset_password()(email, password))
    typer.echo(f"new password set for {account.email}; every session signed in with the old one has ended")


def _run(data_dir: Path | None, work: Callable[[Any], Awaitable[T]]) -> T:
    container = service_container(data_dir)

    async def run() -> T:
        try:
            return await work(container)
        finally:
            await container.database_engine().dispose()

    try:
        return asyncio.run(run())
    except ApplicationError as error:
        raise typer.BadParameter(str(error)) from None
