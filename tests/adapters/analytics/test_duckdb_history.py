"""The overview's history on a small world whose answers are worked out by hand."""

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine
from tests.adapters.analytics.world import (
    START,
    World,
    account,
    classified_line,
    credits_of,
    job,
    reviewed_line,
    store,
)

from adapters.analytics.duckdb_history import DuckDbAnalyticsHistory
from adapters.analytics.refresh import refresh_read_model
from application.analytics.history import AccountUsage, ChapterLines, History, Revenue
from application.ports.activity import Activity
from domain.accounts.account import Role
from domain.billing.ledger import EntryKind, LedgerEntry, Purchase
from domain.classification.candidate import Source
from domain.processing.job import JobStatus

NOV_2, NOV_3, NOV_4 = START + timedelta(days=1), START + timedelta(days=2), START + timedelta(days=3)


def hand_made_world() -> World:
    fast = job("job-a", "acc-0", JobStatus.COMPLETED, NOV_2, 100, [
        classified_line(1, "847130", Source.ENGINE, 0.9), classified_line(2, "847130", Source.MEMORY, 1.0),
        reviewed_line(3, "610910", "610990"), classified_line(4, "610910", Source.AGENT, 0.5),
    ])  # fmt: skip
    slow = job("job-b", "acc-0", JobStatus.COMPLETED, NOV_3, 400, [
        classified_line(1, "020130", Source.ENGINE, 0.6), reviewed_line(2, "020130", "020130"),
    ])  # fmt: skip
    failed = job("job-c", "acc-0", JobStatus.FAILED, NOV_3, 50, [classified_line(r, "851712", Source.ENGINE, 0.4)
                                                                for r in (1, 2, 3)])  # fmt: skip
    waiting = job("job-d", "acc-0", JobStatus.PENDING, NOV_4, 0, [])
    admin = replace(account(9), role=Role.ADMIN)
    world = World([account(0), account(1), admin], [fast, slow, failed, waiting])
    world.ledger = credits_of(fast[0], 3) + credits_of(slow[0], 2) + credits_of(failed[0], 0)
    world.purchases = [Purchase("buy-1", "acc-1", "starter", 500, NOV_2, "approved"),
                       Purchase("buy-2", "acc-1", "broker", 5_000, NOV_3, "pending")]  # fmt: skip
    world.ledger.append(LedgerEntry("acc-1", EntryKind.PURCHASE, 500, "purchase:buy-1", NOV_2 + timedelta(hours=2)))
    world.activities = [
        Activity("acc-0", "sign-in", NOV_2), Activity("acc-1", "sign-in", NOV_2),
        Activity("acc-1", "purchase", NOV_2, "buy-1"), Activity("acc-0", "upload", NOV_3, "job-b"),
        Activity("acc-9", "sign-in", NOV_2), Activity("acc-9", "admin-approve-purchase", NOV_3, "buy-1"),
    ]  # fmt: skip
    return world


@pytest.fixture
async def history(engine: AsyncEngine, root: Path) -> History:
    await store(engine, hand_made_world())
    await refresh_read_model(engine, root)
    return await DuckDbAnalyticsHistory(root).history(START.date(), top=10)


async def test_figures_per_day_from_the_first_day_asked(history: History) -> None:
    days = {d.day: d for d in history.days}

    assert history.days[0].day == date(2026, 11, 1)
    assert (days[date(2026, 11, 1)].jobs, days[date(2026, 11, 1)].lines) == (0, 0)
    nov_2, nov_3, nov_4 = days[date(2026, 11, 2)], days[date(2026, 11, 3)], days[date(2026, 11, 4)]
    assert (nov_2.jobs, nov_2.jobs_completed, nov_2.lines, nov_2.credits_purchased, nov_2.credits_consumed) == (
        1, 1, 4, 500, 3,
    )  # fmt: skip
    assert (nov_3.jobs, nov_3.jobs_completed, nov_3.jobs_failed, nov_3.lines, nov_3.credits_consumed) == (2, 1, 1, 2, 2)
    assert (nov_2.active_accounts, nov_3.active_accounts) == (2, 1)  # brokers: the administrator's acts aside
    assert nov_4.jobs == 1


async def test_revenue_counts_approved_purchases_at_their_package_price(history: History) -> None:
    assert history.revenue == [Revenue("USD", "10.00", 1, 500)]


async def test_top_chapters_quality_and_speed(history: History) -> None:
    assert history.top_chapters == [ChapterLines("02", 2), ChapterLines("61", 2), ChapterLines("84", 2)]
    quality = history.quality
    assert quality.lines == 6
    assert quality.by_source == {"agent": 1, "confirmed": 1, "engine": 2, "memory": 1, "review": 1}
    assert quality.corrected_share == pytest.approx(1 / 6)  # the line left at the code proposed is no correction
    assert quality.average_confidence == pytest.approx(5.0 / 6)
    speed = history.speed
    assert speed.jobs == 2
    assert (speed.p50_seconds, speed.p95_seconds) == pytest.approx((250, 385))
    assert (speed.p50_lines_per_second, speed.p95_lines_per_second) == pytest.approx((0.0225, 0.03825))


async def test_usage_per_account_busiest_first_with_email(history: History) -> None:
    assert history.accounts == [
        AccountUsage("acc-0", "broker0@example.tm", 4, 6, 0, 5, NOV_4),
        AccountUsage("acc-1", "broker1@example.tm", 0, 0, 500, 0, None),
    ]


async def test_days_before_since_are_left_out(engine: AsyncEngine, root: Path) -> None:
    await store(engine, hand_made_world())
    await refresh_read_model(engine, root)

    later = await DuckDbAnalyticsHistory(root).history(date(2026, 11, 3))

    assert later.days[0].day == date(2026, 11, 3)
    assert later.quality.lines == 2
    assert later.revenue == []


async def test_the_answer_is_kept_until_the_next_refresh(engine: AsyncEngine, root: Path) -> None:
    await store(engine, hand_made_world())
    await refresh_read_model(engine, root)
    reader = DuckDbAnalyticsHistory(root)
    first = await reader.history(START.date())
    await store(engine, World(activities=[Activity("acc-1", "sign-in", NOV_4)]), with_accounts=False)

    assert await reader.history(START.date()) == first
    await refresh_read_model(engine, root)
    refreshed = await reader.history(START.date())
    assert refreshed.version == first.version + 1
    assert {d.day: d.active_accounts for d in refreshed.days}[date(2026, 11, 4)] == 1


async def test_before_the_first_refresh_the_history_is_empty(root: Path) -> None:
    reader = DuckDbAnalyticsHistory(root)

    empty = await reader.history(START.date())

    assert (empty.version, empty.refreshed_at, empty.days, empty.quality.lines) == (0, None, [], 0)
    assert await reader.version() == (0, None)


async def test_warming_answers_the_default_month_before_anyone_asks(engine: AsyncEngine, root: Path) -> None:
    await store(engine, hand_made_world())
    await refresh_read_model(engine, root)
    reader = DuckDbAnalyticsHistory(root)

    await reader.warm(date(2026, 11, 30))
    for parquet in root.rglob("*.parquet"):
        parquet.unlink()  # what is asked next must come from the warmed answer

    month = await reader.history(date(2026, 11, 1))
    assert (month.version, month.quality.lines) == (1, 6)
