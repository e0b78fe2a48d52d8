"""Exit codes and the one clear line a user sees instead of a traceback."""

import os
import sys
import traceback
from collections.abc import Callable
from functools import wraps
from typing import NoReturn, ParamSpec, TypeVar

import typer

from adapters.declaration.errors import HeaderFileError, UnknownCountry
from application.ports.reader import UnusableFile

DONE, BUG, UNUSABLE_INPUT = 0, 1, 2

P = ParamSpec("P")
R = TypeVar("R")


class InputProblem(Exception):
    """The input cannot be used; the message names the file, and the row and column where known."""


def fail(message: str, code: int = UNUSABLE_INPUT) -> NoReturn:
    typer.echo(f"gumruk: {message}", err=True)
    raise typer.Exit(code)


def guarded(command: Callable[P, R]) -> Callable[P, R]:
    """Unusable input exits 2 with its message; anything unexpected exits 1 (traceback with GUMRUK_DEBUG=1)."""

    @wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except (InputProblem, UnusableFile, HeaderFileError, UnknownCountry) as problem:
            fail(str(problem))
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except Exception as error:
            if os.environ.get("GUMRUK_DEBUG"):
                traceback.print_exc(file=sys.stderr)
            fail(f"internal error ({type(error).__name__}: {error}); please report it", BUG)

    return run
