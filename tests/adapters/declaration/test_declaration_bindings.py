"""The committed bindings are what `make bindings` makes from today's XSDs."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).parents[3]
BINDINGS = REPO / "src" / "adapters" / "declaration" / "bindings"


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_committed_bindings_match_a_fresh_generation(tmp_path: Path) -> None:
    copy = tmp_path / "repo"
    shutil.copytree(REPO / "src" / "adapters" / "declaration", copy / "src" / "adapters" / "declaration")
    shutil.copytree(REPO / "make", copy / "make")
    venv_bin = Path(sys.executable).parent

    subprocess.run(
        ["make", "-f", "make/bindings.mk", "bindings", f"BINDINGS_VENV={venv_bin}"],
        cwd=copy,
        check=True,
        capture_output=True,
    )

    fresh = copy / "src" / "adapters" / "declaration" / "bindings"
    for committed in BINDINGS.rglob("*.py"):
        assert (fresh / committed.relative_to(BINDINGS)).read_text() == committed.read_text(), committed.name
