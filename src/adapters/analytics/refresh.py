"""`refresh_read_model`: takes what changed in the SQL database since the last run into the Parquet read model.

Incremental: jobs by their last change (with an overlap), ledger entries and activities by id (with an overlap),
purchases and accounts read whole; only rows the model does not hold yet are written, as this run's delta files.
A job's lines are taken when it completes or is reviewed, and replace its earlier lines. Idempotent: a re-run
finds nothing new and writes nothing; compaction keeps the newest row of each key.
"""

import asyncio
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import polars as pl
from sqlalchemy.ext.asyncio import AsyncEngine

from adapters.analytics import source
from adapters.analytics.compaction import compact, needs_compaction
from adapters.analytics.folder import ReadModelFolder, RefreshState
from adapters.analytics.rows import COMPLETED, job_rows, line_count_rows, line_rows, new_rows, stamped, with_day
from adapters.analytics.stored import stored_rows
from adapters.analytics.tables import (
    ACCOUNTS,
    ACTIVITIES,
    JOBS,
    LEDGER,
    LINE_COUNTS,
    LINES,
    PURCHASES,
    TABLES,
    ReadModelTable,
)

JOB_OVERLAP = timedelta(minutes=10)  # a job saved by a transaction that committed late is still seen
ID_OVERLAP = 1_000  # likewise for serial ids handed out before a later id committed


@dataclass(slots=True)
class RefreshReport:
    run: int  # the read model's version after this refresh
    written: dict[str, int] = field(default_factory=dict)  # rows written per table
    compacted: list[str] = field(default_factory=list)
    seconds: float = 0.0


async def refresh_read_model(engine: AsyncEngine, root: Path, compact_all: bool = False) -> RefreshReport:
    """One refresh; runs wait for each other (also across processes sharing `root`)."""
    started = time.perf_counter()
    folder = ReadModelFolder(root)
    async with folder.lock():
        state = folder.state()
        await asyncio.to_thread(_prepare, folder, state)
        run = state.run + 1
        async with source.read_snapshot(engine) as connection:
            jobs = await source.changed_jobs(connection, state.jobs_seen - JOB_OVERLAP if state.jobs_seen else None)
            ledger = await source.ledger_after(connection, max(0, state.ledger_seen - ID_OVERLAP))
            activities = await source.activities_after(connection, max(0, state.activities_seen - ID_OVERLAP))
            purchases = await source.all_purchases(connection)
            accounts = await source.all_accounts(connection)
            frames = await asyncio.to_thread(_without_lines, folder, run, jobs, ledger, activities, purchases, accounts)
            facts = await asyncio.to_thread(_jobs_to_take, folder, frames[JOBS], frames[ACTIVITIES])
            lines = await source.lines_of(connection, facts["id"].to_list())
        report = await asyncio.to_thread(_finish, folder, state, run, frames, lines, facts, compact_all)
        state.jobs_seen = _latest_change(jobs, state.jobs_seen)
        state.ledger_seen = max(state.ledger_seen, _max_id(ledger))
        state.activities_seen = max(state.activities_seen, _max_id(activities))
        state.refreshed_at = datetime.now(UTC)
        await asyncio.to_thread(folder.save_state, state)
    report.seconds = time.perf_counter() - started
    return report


def _prepare(folder: ReadModelFolder, state: RefreshState) -> None:
    """Drops what a run that died left behind; gives every table an (empty) base on the very first run."""
    folder.discard_after(TABLES, state.run)
    for table in TABLES:
        if not folder.files(table).all:
            folder.write(table, table.empty(), 0, kind="base")


def _without_lines(
    folder: ReadModelFolder, run: int, jobs: pl.DataFrame, ledger: pl.DataFrame, activities: pl.DataFrame,
    purchases: pl.DataFrame, accounts: pl.DataFrame,
) -> dict[ReadModelTable, pl.DataFrame]:  # fmt: skip
    def fresh(table: ReadModelTable, rows: pl.DataFrame) -> pl.DataFrame:
        return stamped(table, new_rows(table, rows, stored_rows(folder, table, rows["id"])), run)

    return {
        JOBS: job_rows(jobs, stored_rows(folder, JOBS, jobs["id"]), run),
        LEDGER: fresh(LEDGER, with_day(ledger, "created_at")),
        ACTIVITIES: fresh(ACTIVITIES, with_day(activities, "at")),
        PURCHASES: fresh(PURCHASES, purchases),
        ACCOUNTS: fresh(ACCOUNTS, accounts),
    }


def _jobs_to_take(folder: ReadModelFolder, jobs: pl.DataFrame, activities: pl.DataFrame) -> pl.DataFrame:
    """The completed jobs whose lines to (re)take: just changed, or reviewed since the last run."""
    reviewed = activities.filter(pl.col("action") == "review")["subject"].drop_nulls()
    earlier = stored_rows(folder, JOBS, reviewed).filter(~pl.col("id").is_in(jobs["id"].implode()))
    known = pl.concat([jobs, earlier])
    changed_or_reviewed = pl.col("id").is_in(jobs["id"].implode()) | pl.col("id").is_in(reviewed.implode())
    return known.filter((pl.col("status") == COMPLETED) & changed_or_reviewed).select("id", "account_id", "day")


def _finish(
    folder: ReadModelFolder, state: RefreshState, run: int, frames: dict[ReadModelTable, pl.DataFrame],
    lines: pl.DataFrame, facts: pl.DataFrame, compact_all: bool,
) -> RefreshReport:  # fmt: skip
    frames[LINES] = line_rows(lines, facts, run)
    frames[LINE_COUNTS] = line_count_rows(frames[LINES])
    written = {table.name: frame.height for table, frame in frames.items() if frame.height}
    for table, frame in frames.items():
        if frame.height:
            folder.write(table, frame, run)
    if written:
        state.run = run
    report = RefreshReport(state.run, written)
    for table in TABLES:
        if (compact_all and folder.files(table).deltas) or needs_compaction(folder, table):
            compact(folder, table, state.run)
            report.compacted.append(table.name)
    return report


def _latest_change(jobs: pl.DataFrame, seen: datetime | None) -> datetime | None:
    changes = jobs.select(pl.coalesce("updated_at", "created_at").max()).item() if jobs.height else None
    return max(filter(None, (changes, seen)), default=None)


def _max_id(frame: pl.DataFrame) -> int:
    return int(frame.select(pl.col("id").max()).item()) if frame.height else 0
