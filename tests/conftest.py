"""Test-wide setup: one classifier index cache for the whole run (built once, reused by every test)."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
INDEX_CACHE = ROOT / ".gumruk" / "test-cache"


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("GUMRUK_CACHE_DIR", str(INDEX_CACHE))
    os.environ.setdefault("GUMRUK_DATA_DIR", str(ROOT / ".gumruk" / "test-data"))


@pytest.fixture(scope="session")
def index_cache_dir() -> Path:
    """Where the offline classifier keeps its index during the tests."""
    return Path(os.environ["GUMRUK_CACHE_DIR"])
