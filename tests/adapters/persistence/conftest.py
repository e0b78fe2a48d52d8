import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.service_fixtures import moto_endpoint  # noqa: F401
from tests.services import admin_statement, backend, clock, postgres_server, postgres_url, sqlite_url  # noqa: F401


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.services)])
def fresh_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database of its own, with no schema: for migrating from scratch."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'fresh.db'}"
        return
    server: str = request.getfixturevalue("postgres_server")
    name = f"gumruk_migration_{uuid.uuid4().hex[:12]}"
    admin_statement(server, f'CREATE DATABASE "{name}"')
    yield server.rsplit("/", 1)[0] + "/" + name
    admin_statement(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
