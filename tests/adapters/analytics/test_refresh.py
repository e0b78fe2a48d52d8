"""Incremental and idempotent: each refresh writes only what changed since the last, and never a row twice."""

import asyncio
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import polars as pl
from sqlalchemy.ext.asyncio import AsyncEngine
from tests.adapters.analytics.aggregates import line_counts, of_read_model, of_source
from tests.adapters.analytics.world import START, World, account, classified_line, credits_of, job, store

from adapters.analytics.folder import ReadModelFolder
from adapters.analytics.refresh import refresh_read_model
from adapters.analytics.tables import JOBS, TABLES
from adapters.analytics.views import connect
from adapters.persistence.activity import SqlActivityLog
from adapters.persistence.engine import make_session_factory
from adapters.persistence.unit_of_work import SqlUnitOfWork
from application.ports.activity import Activity
from domain.billing.ledger import EntryKind
from domain.classification.candidate import Source
from domain.processing.job import JobStatus

DAY = timedelta(days=1)


def first_world() -> World:
    done = job("job-1", "acc-1", JobStatus.COMPLETED, START, 90, [
        classified_line(1, "847130", Source.ENGINE, 0.9), classified_line(2, "610910", Source.MEMORY, 1.0),
        classified_line(3, "610910", Source.MEMORY, 1.0, duplicate=True),
    ])  # fmt: skip
    later = [classified_line(1, "020130", Source.AGENT, 0.7)]
    waiting = job("job-2", "acc-2", JobStatus.MATCHING, START + DAY, 30, later)
    world = World([account(1), account(2)], [done, waiting])
    world.ledger = credits_of(done[0], 2) + credits_of(waiting[0], 0)
    world.activities = [Activity("acc-1", "upload", START, "job-1"), Activity("acc-2", "sign-in", START + DAY)]
    return world


async def assert_matches_source(engine: AsyncEngine, root: Path) -> None:
    source, model = await of_source(engine), of_read_model(root)
    assert {table: model[table] for table in source} == source
    assert model["line_counts"] == line_counts(source["lines"])


async def test_a_rerun_adds_nothing_twice(engine: AsyncEngine, root: Path) -> None:
    await store(engine, first_world())
    first = await refresh_read_model(engine, root)
    again = await refresh_read_model(engine, root)
    compacted = await refresh_read_model(engine, root, compact_all=True)

    assert first.written == {"jobs": 2, "lines": 3, "line_counts": 4, "ledger": 3, "activities": 2, "accounts": 2}
    assert (again.run, again.written) == (first.run, {})
    assert (compacted.run, compacted.written) == (first.run, {})
    folder = ReadModelFolder(root)
    assert all(not folder.files(table).deltas for table in TABLES)
    await assert_matches_source(engine, root)


async def test_an_incremental_run_writes_only_the_rows_added_since(engine: AsyncEngine, root: Path) -> None:
    await store(engine, first_world())
    await refresh_read_model(engine, root)
    later = job("job-3", "acc-3", JobStatus.COMPLETED, START + 2 * DAY, 60, [
        classified_line(1, "851712", Source.ENGINE, 0.8), classified_line(2, "851712", Source.REVIEW, 1.0),
    ])  # fmt: skip
    added = World([account(3)], [later], credits_of(later[0], 2), [], [Activity("acc-3", "download", START + 2 * DAY)])
    await store(engine, added)

    second = await refresh_read_model(engine, root)

    assert second.run == 2
    assert second.written == {"jobs": 1, "lines": 2, "line_counts": 3, "ledger": 2, "activities": 1, "accounts": 1}
    await assert_matches_source(engine, root)


async def test_a_job_completed_after_the_last_run_brings_its_lines(engine: AsyncEngine, root: Path) -> None:
    await store(engine, first_world())
    await refresh_read_model(engine, root)
    sessions = make_session_factory(engine)
    async with SqlUnitOfWork(sessions) as uow:
        waiting = await uow.jobs.get("job-2")
        assert waiting is not None
        waiting.move_to(JobStatus.GENERATING, START + DAY + timedelta(seconds=40))
        waiting.move_to(JobStatus.COMPLETED, START + DAY + timedelta(seconds=45))
        await uow.jobs.save(waiting)
        await uow.commit()

    report = await refresh_read_model(engine, root)

    assert report.written == {"jobs": 1, "lines": 1, "line_counts": 2}
    await assert_matches_source(engine, root)
    with connect(ReadModelFolder(root)) as db:
        rows = db.execute("SELECT status, completed_at FROM jobs WHERE id = 'job-2'").fetchall()
    assert rows == [("COMPLETED", START + DAY + timedelta(seconds=45))]


async def test_a_review_replaces_the_lines_of_its_job(engine: AsyncEngine, root: Path) -> None:
    await store(engine, first_world())
    await refresh_read_model(engine, root)
    sessions = make_session_factory(engine)
    async with SqlUnitOfWork(sessions) as uow:
        line = (await uow.jobs.lines_at("job-1", [1]))[0]
        await uow.jobs.put_lines("job-1", [classified_line(line.row, "847150", Source.REVIEW, 1.0)])
        await uow.commit()
    await SqlActivityLog(sessions).record(Activity("acc-1", "review", START + DAY, "job-1", {"row": "1"}))

    report = await refresh_read_model(engine, root, compact_all=True)

    assert report.written == {"lines": 3, "line_counts": 4, "activities": 1}
    await assert_matches_source(engine, root)
    assert of_read_model(root)["lines"][("job-1", START.date().isoformat(), "847150", "review")] == 1


async def test_files_of_a_run_that_died_before_saving_its_state_are_discarded(engine: AsyncEngine, root: Path) -> None:
    await store(engine, first_world())
    await refresh_read_model(engine, root)
    folder = ReadModelFolder(root)
    ghost = pl.read_parquet(folder.files(JOBS).all).with_columns(pl.lit(folder.state().run + 1).alias("_run"))
    folder.write(JOBS, ghost.with_columns(pl.lit("GHOST").alias("status")), folder.state().run + 1)

    report = await refresh_read_model(engine, root)

    assert report.written == {}
    await assert_matches_source(engine, root)


async def test_refreshes_started_together_take_turns(engine: AsyncEngine, root: Path) -> None:
    await store(engine, first_world())

    reports = await asyncio.gather(*(refresh_read_model(engine, root) for _ in range(3)))

    assert sorted(bool(report.written) for report in reports) == [False, False, True]
    await assert_matches_source(engine, root)


async def test_ledger_entries_are_counted_by_kind_and_day(engine: AsyncEngine, root: Path) -> None:
    world = first_world()
    grant = replace(world.ledger[0], kind=EntryKind.GRANT, amount=100, key="grant:1", job_id=None)
    world.ledger.append(grant)
    await store(engine, world)

    await refresh_read_model(engine, root)

    assert of_read_model(root)["ledger"][(START.date().isoformat(), "grant")] == 100


async def test_a_regeneration_after_review_keeps_the_first_completion_time(engine: AsyncEngine, root: Path) -> None:
    await store(engine, first_world())
    await refresh_read_model(engine, root)
    async with SqlUnitOfWork(make_session_factory(engine)) as uow:
        done = await uow.jobs.get("job-1")
        assert done is not None
        done.move_to(JobStatus.GENERATING, START + 3 * DAY)
        done.move_to(JobStatus.COMPLETED, START + 3 * DAY)
        await uow.jobs.save(done)
        await uow.commit()

    await refresh_read_model(engine, root)

    with connect(ReadModelFolder(root)) as db:
        rows = db.execute("SELECT updated_at, completed_at FROM jobs WHERE id = 'job-1'").fetchall()
    assert rows == [(START + 3 * DAY, START + timedelta(seconds=90))]
