"""The Makefile's demo writes where DEMO_OUT says, from the environment or the command line, else out/demo."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _demo_commands(environment: dict[str, str]) -> str:
    if shutil.which("make") is None:
        pytest.skip("make is not installed here")
    dry_run = ["make", "--dry-run", "--always-make", "demo"]  # prints the commands, runs none
    return subprocess.run(dry_run, cwd=ROOT, env=environment, check=True, capture_output=True, text=True).stdout


def test_demo_out_from_the_environment_is_where_the_demo_writes() -> None:
    commands = _demo_commands({**os.environ, "DEMO_OUT": "/tmp/elsewhere"})
    assert "mkdir -p /tmp/elsewhere" in commands and " out/demo" not in commands


def test_the_demo_writes_to_out_demo_by_default() -> None:
    commands = _demo_commands({name: value for name, value in os.environ.items() if name != "DEMO_OUT"})
    assert "mkdir -p out/demo" in commands
