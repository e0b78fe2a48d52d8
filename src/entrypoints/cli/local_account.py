"""Whose memory a command-line run uses: the command line's own, or a web service account's by its email."""

from typing import Annotated, Any

import typer

from application.errors import NotFound

LOCAL_ACCOUNT = "local"  # the command line's own memory, in the data folder's database
MemoryAccount = Annotated[
    str | None,
    typer.Option("--account", help="Use this web account's memory (its email) instead of the command line's own"),
]


async def memory_account(container: Any, email: str | None) -> str:
    """The account id whose memory answers first; NotFound for an email no account has."""
    if email is None:
        return LOCAL_ACCOUNT
    account = await container.accounts().by_email(email.strip().lower())
    if account is None:
        raise NotFound(f"no account {email}: sign up in the web service, or leave out --account")
    return str(account.id)
