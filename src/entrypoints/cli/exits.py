"""Exit codes and the one clear line a user sees instead of a traceback."""

import os
import sys
import traceback
from collections.abc import Callable
from functools import wraps
from typing import NoReturn, ParamSpec, TypeVar

import typer

from adapters.declaration.errors import HeaderFileError, UnknownCountry
from application.errors import ApplicationError
from application.ports.reader import UnusableFile
from entrypoints.cli.language import SPOKEN
from entrypoints.messages.cli_texts import told

DONE, BUG, UNUSABLE_INPUT = 0, 1, 2
CLOSED_PIPE = 128 + 13  # killed by SIGPIPE, as the shell reports `cat`, `grep` or `seq` whose reader went away

P = ParamSpec("P")
R = TypeVar("R")


class InputProblem(Exception):
    """The input cannot be used; the message names the file, and the row and column where known."""


def fail(message: str, code: int = UNUSABLE_INPUT) -> NoReturn:
    typer.echo(f"gumruk: {message}", err=True)
    raise typer.Exit(code)


def guarded(command: Callable[P, R]) -> Callable[P, R]:
    """Unusable input (or a use case's refusal: an unknown account) exits 2 with its message; anything unexpected
    exits 1 (traceback with GUMRUK_DEBUG=1).
    A reader that closes stdout early ends the command quietly with 141, like any Unix tool killed by SIGPIPE."""

    @wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            result = command(*args, **kwargs)
            sys.stdout.flush()  # a closed pipe shows now, while it can still end quietly, not at exit
            return result
        except (typer.Exit, typer.Abort):
            raise
        except (InputProblem, UnusableFile, HeaderFileError, UnknownCountry, ApplicationError) as problem:
            fail(told(str(problem), SPOKEN.get()))  # in the command's --language where the catalog tells it
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except BrokenPipeError:
            _stop_writing_stdout()
            raise typer.Exit(CLOSED_PIPE) from None
        except Exception as error:
            if os.environ.get("GUMRUK_DEBUG"):
                traceback.print_exc(file=sys.stderr)
            fail(f"internal error ({type(error).__name__}: {error}); please report it", BUG)

    return run


def _stop_writing_stdout() -> None:
    """The reader of stdout went away (`gumruk classify FILE | head`): what is still buffered goes to /dev/null,
    so Python's flush at exit does not fail a second time and print 'Exception ignored ...'."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (a test runner's buffer): nothing to redirect
        pass
    finally:
        os.close(devnull)
