"""The database engine and sessions: SQLite (embedded) or PostgreSQL (service), same code above them.

SQLite runs in autocommit mode and a unit of work takes the write lock (`BEGIN IMMEDIATE`) at its first write,
so readers never block and writers queue behind the busy timeout instead of failing on a stale snapshot.
Hence: inside a unit of work, never write through another adapter after the unit of work's own first write
(on SQLite that would wait for the lock the unit of work holds). See docs/adr/0005.
"""

import random
import sqlite3
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import msgspec
from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

SQLITE_BUSY_SECONDS = 30


def make_engine(database_url: str, pool_size: int = 10, max_overflow: int = 10) -> AsyncEngine:
    """An async engine for `sqlite+aiosqlite:///file.db` or `postgresql+asyncpg://...`."""
    json = {"json_serializer": _json_text, "json_deserializer": msgspec.json.decode}
    if database_url.startswith("sqlite"):
        engine = create_async_engine(database_url, connect_args={"timeout": SQLITE_BUSY_SECONDS}, **json)
        event.listen(engine.sync_engine, "connect", _prepare_sqlite)
        return engine
    return create_async_engine(
        database_url, pool_size=pool_size, max_overflow=max_overflow, pool_pre_ping=True, pool_timeout=60, **json
    )


def make_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


def is_sqlite(session: AsyncSession) -> bool:
    return session.get_bind().dialect.name == "sqlite"


async def begin_write(session: AsyncSession) -> None:
    """On SQLite, take the database write lock for the rest of the transaction; PostgreSQL locks rows itself."""
    if not is_sqlite(session):
        return
    raw = (await (await session.connection()).get_raw_connection()).driver_connection
    if raw is not None and not raw.in_transaction:
        await session.execute(text("BEGIN IMMEDIATE"))


def _json_text(value: object) -> str:
    return msgspec.json.encode(value).decode()


def _prepare_sqlite(dbapi_connection: Any, _record: object) -> None:
    dbapi_connection.isolation_level = None  # the driver emits no BEGIN; begin_write does, when needed
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_SECONDS * 1000}")
    _switch_to_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _switch_to_wal(cursor: Any) -> None:
    """Two processes opening a new database at once both switch it to WAL; SQLite refuses one of them at once
    ("database is locked", the busy timeout does not apply to that deadlock), so the switch is tried again."""
    deadline = time.monotonic() + SQLITE_BUSY_SECONDS
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(random.uniform(0.01, 0.05))


@asynccontextmanager
async def writing(session_factory: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    """A session whose transaction holds the write lock on SQLite and commits when the block ends."""
    async with session_factory() as session:
        await begin_write(session)
        yield session
        await session.commit()
