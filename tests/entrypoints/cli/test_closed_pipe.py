"""`gumruk ... | head`: a reader that stops early ends the command quietly, with 141 like any Unix tool."""

import os
import signal
import subprocess
import sys

import typer
from typer.testing import CliRunner

from entrypoints.cli.exits import CLOSED_PIPE, guarded


def test_a_closed_stdout_ends_the_command_quietly_with_141() -> None:
    reading, writing = os.pipe()
    os.close(reading)  # the reader is gone before gumruk writes a byte: its first write meets a closed pipe
    try:
        ended = subprocess.run(
            [sys.executable, "-m", "entrypoints.cli", "schema", "TM"],
            stdout=writing, stderr=subprocess.PIPE, text=True, check=False, timeout=120,
        )  # fmt: skip
    finally:
        os.close(writing)
    assert (ended.returncode, ended.stderr) == (CLOSED_PIPE, "")
    assert CLOSED_PIPE == 128 + signal.SIGPIPE


def test_a_broken_pipe_is_not_reported_as_an_internal_error() -> None:
    @guarded
    def command() -> None:
        raise BrokenPipeError(32, "Broken pipe")

    app = typer.Typer()
    app.command()(command)
    result = CliRunner().invoke(app, [])
    assert result.exit_code == CLOSED_PIPE
    assert "internal error" not in result.output
