"""Two hundred workers reserve one credit each from an account holding one hundred, all at once."""

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from itertools import accumulate

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tests.services import empty_postgres

from adapters.clock.fixed import FixedClock
from adapters.credits.ledger_credits import LedgerCredits
from adapters.persistence.engine import make_engine, make_session_factory
from adapters.persistence.ledger import SqlLedger
from adapters.persistence.tables import ledger_entries
from domain.billing.ledger import EntryKind, LedgerEntry

WORKERS, CREDITS = 200, 100


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.services)])
async def sessions(request: pytest.FixtureRequest) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    if request.param == "sqlite":
        engine = make_engine(request.getfixturevalue("sqlite_url"))
    else:  # 40 connections race: PostgreSQL's default limit is 100
        engine = await empty_postgres(request.getfixturevalue("postgres_url"), pool_size=40)
    yield make_session_factory(engine)
    await engine.dispose()


@pytest.fixture
def ledger(sessions: async_sessionmaker[AsyncSession]) -> SqlLedger:
    return SqlLedger(sessions)


async def test_exactly_the_covered_reservations_succeed_and_settle_once(ledger: SqlLedger) -> None:
    clock = FixedClock(datetime(2026, 11, 25, tzinfo=UTC))
    await ledger.post(LedgerEntry("acc-1", EntryKind.GRANT, CREDITS, "grant:acc-1", clock.now()))
    credits = LedgerCredits(ledger, clock)
    watching, lowest = True, [CREDITS]

    async def watch() -> None:
        while watching:
            lowest.append(await ledger.balance("acc-1"))
            await asyncio.sleep(0)

    watcher = asyncio.create_task(watch())
    outcomes = await asyncio.gather(*(credits.reserve("acc-1", f"job-{n}", 1) for n in range(WORKERS)))
    watching = False
    await watcher

    assert sum(outcomes) == CREDITS
    assert await ledger.balance("acc-1") == 0
    assert min(lowest) >= 0 and len(lowest) > 1
    amounts = [e.amount for e in reversed(await ledger.entries("acc-1", limit=1_000))]
    assert min(accumulate(amounts)) == 0  # in posting order the balance never went below zero

    held = [f"job-{n}" for n, won in enumerate(outcomes) if won]
    captured, released = held[::2], held[1::2]
    settle = [credits.capture("acc-1", job, 1) for job in captured for _ in range(3)]
    settle += [credits.release("acc-1", job) for job in released for _ in range(3)]
    await asyncio.gather(*settle)
    assert await ledger.balance("acc-1") == len(released)
    too_late = [credits.release("acc-1", job) for job in captured] + [credits.capture("acc-1", j, 1) for j in released]
    await asyncio.gather(*too_late)  # a settled job is never settled the other way

    assert await ledger.balance("acc-1") == len(released)
    assert len(await ledger.entries("acc-1", limit=1_000)) == 1 + CREDITS + CREDITS
    assert await ledger.reserve_if_covered(LedgerEntry("acc-1", EntryKind.RESERVE, -len(released), "x", clock.now()))
    assert await ledger.balance("acc-1") == 0


async def test_a_reservation_race_leaves_no_duplicate_keys(
    ledger: SqlLedger, sessions: async_sessionmaker[AsyncSession]
) -> None:
    clock = FixedClock(datetime(2026, 11, 25, tzinfo=UTC))
    await ledger.post(LedgerEntry("acc-1", EntryKind.GRANT, CREDITS, "grant:acc-1", clock.now()))
    credits = LedgerCredits(ledger, clock)
    outcomes = await asyncio.gather(*(credits.reserve("acc-1", "one-job", 10) for _ in range(50)))
    assert all(outcomes)
    assert await ledger.balance("acc-1") == CREDITS - 10
    async with sessions() as session:  # the table itself: one RESERVE row for the job
        rows = await session.execute(select(func.count()).where(ledger_entries.c.job_id == "one-job"))
        assert rows.scalar_one() == 1
