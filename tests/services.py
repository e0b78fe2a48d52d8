"""Fixtures for tests that run a port against its in-memory twin, SQLite and PostgreSQL alike.

PostgreSQL is 127.0.0.1:5432 (or GUMRUK_TEST_POSTGRES_URL); each test session gets a fresh database, dropped at
the end. When it is not reachable the PostgreSQL cases skip, except under CI=true, where they fail.
Test directories use these by importing the fixtures into their conftest.py.
"""

import asyncio
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from adapters.accounts.in_memory import InMemoryAccountRepository
from adapters.activity.in_memory import InMemoryActivityLog
from adapters.clock.fixed import FixedClock
from adapters.jobs.in_memory import InMemoryJobStore, InMemoryUnitOfWork
from adapters.ledger.in_memory import InMemoryLedger, InMemoryPurchases
from adapters.memory.in_memory import InMemoryClassificationMemory
from adapters.persistence.accounts import SqlAccountRepository
from adapters.persistence.activity import SqlActivityLog
from adapters.persistence.engine import make_engine, make_session_factory
from adapters.persistence.ledger import SqlLedger, SqlPurchases
from adapters.persistence.memory import SqlClassificationMemory
from adapters.persistence.migrations import upgrade_database
from adapters.persistence.tables import metadata
from adapters.persistence.unit_of_work import SqlUnitOfWork
from application.ports.accounts import AccountRepository
from application.ports.activity import ActivityLog
from application.ports.jobs import UnitOfWork
from application.ports.ledger import Ledger, Purchases
from application.ports.memory import ClassificationMemory
from tests.service_fixtures import POSTGRES_URL, unavailable

BACKENDS = ["memory", "sqlite", pytest.param("postgres", marks=pytest.mark.services)]


@dataclass
class Backend:
    """Every persistence port of one backend, sharing one store; `session_factory` is None for the twins."""

    name: str
    clock: FixedClock
    uow: Callable[[], UnitOfWork]
    accounts: AccountRepository
    ledger: Ledger
    purchases: Purchases
    activity: ActivityLog
    memory: ClassificationMemory
    session_factory: async_sessionmaker[AsyncSession] | None = None


def in_memory_backend(clock: FixedClock) -> Backend:
    store = InMemoryJobStore()
    return Backend(
        "memory", clock, lambda: InMemoryUnitOfWork(store), InMemoryAccountRepository(),
        InMemoryLedger(), InMemoryPurchases(), InMemoryActivityLog(), InMemoryClassificationMemory(clock),
    )  # fmt: skip


def sql_backend(name: str, clock: FixedClock, sessions: async_sessionmaker[AsyncSession]) -> Backend:
    return Backend(
        name, clock, lambda: SqlUnitOfWork(sessions), SqlAccountRepository(sessions), SqlLedger(sessions),
        SqlPurchases(sessions), SqlActivityLog(sessions), SqlClassificationMemory(sessions, clock), sessions,
    )  # fmt: skip


def _plain_url(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://", 1)


def admin_statement(url: str, statement: str) -> None:
    """Runs one statement on the maintenance database; safe inside a running event loop (uses a thread)."""
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, _execute(url, statement)).result()


async def _execute(url: str, statement: str) -> None:
    connection = await asyncpg.connect(_plain_url(url), timeout=5)
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


def _answers(url: str) -> str | None:
    """None when PostgreSQL answers, else why not."""
    try:
        admin_statement(url, "SELECT 1")
    except (OSError, asyncpg.PostgresError, TimeoutError) as error:
        return f"{type(error).__name__}: {error}"
    return None


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The maintenance URL of a reachable PostgreSQL; skips (fails under CI=true) when there is none."""
    problem = _answers(POSTGRES_URL)
    if problem is not None:
        unavailable(f"PostgreSQL is not reachable at {POSTGRES_URL} ({problem})", "GUMRUK_TEST_POSTGRES_URL")
    return POSTGRES_URL


@pytest.fixture(scope="session")
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh database at head for this test session, dropped afterwards."""
    name = f"gumruk_test_{uuid.uuid4().hex[:12]}"
    admin_statement(postgres_server, f'CREATE DATABASE "{name}"')
    url = postgres_server.rsplit("/", 1)[0] + "/" + name
    try:
        upgrade_database(url)
        yield url
    finally:
        admin_statement(postgres_server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 25, 9, 30, tzinfo=UTC))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    url = f"sqlite+aiosqlite:///{tmp_path / 'gumruk.db'}"
    upgrade_database(url)
    return url


async def empty_postgres(url: str, pool_size: int = 10) -> AsyncEngine:
    """An engine on the session's database with every table emptied."""
    engine = make_engine(url, pool_size=pool_size)
    tables = ", ".join(table.name for table in metadata.sorted_tables)
    async with engine.begin() as connection:
        await connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    return engine


@pytest.fixture(params=BACKENDS)
async def backend(request: pytest.FixtureRequest, clock: FixedClock, tmp_path: Path) -> AsyncIterator[Backend]:
    if request.param == "memory":
        yield in_memory_backend(clock)
        return
    if request.param == "sqlite":
        engine = make_engine(request.getfixturevalue("sqlite_url"))
    else:
        engine = await empty_postgres(request.getfixturevalue("postgres_url"))
    try:
        yield sql_backend(request.param, clock, make_session_factory(engine))
    finally:
        await engine.dispose()
