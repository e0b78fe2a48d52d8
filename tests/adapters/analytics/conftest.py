from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine
from tests.services import postgres_server, postgres_url  # noqa: F401

from adapters.persistence.engine import make_engine
from adapters.persistence.tables import metadata


async def sqlite_database(folder: Path) -> AsyncEngine:
    """An empty SQLite database with Gumruk's tables."""
    engine = make_engine(f"sqlite+aiosqlite:///{folder / 'gumruk.db'}")
    async with engine.begin() as connection:
        await connection.run_sync(metadata.create_all)
    return engine


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    database = await sqlite_database(tmp_path)
    yield database
    await database.dispose()


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "analytics"
