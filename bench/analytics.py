"""Benchmark of the analytics overview on a read model of 1,000,000 lines: DuckDB on Parquet vs PostgreSQL.

Generates synthetic jobs, lines, credits and activity, loads them into PostgreSQL (schema `bench_analytics` of
database `test`, dropped and made again), builds the Parquet read model from there with the real refresh, then
asks the overview's questions of DuckDB (the read model) and of PostgreSQL directly (the source tables), in the
same run.

.venv/bin/python bench/analytics.py [--lines 1000000] [--jobs 2000] [--days 366] [--write PATH]
"""

import argparse
import asyncio
import json
import os
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import asyncpg
import duckdb
import numpy as np
from sqlalchemy.ext.asyncio import AsyncEngine

from adapters.analytics import history_sql
from adapters.analytics.duckdb_history import DuckDbAnalyticsHistory
from adapters.analytics.folder import ReadModelFolder
from adapters.analytics.refresh import refresh_read_model
from adapters.analytics.views import connect, load
from adapters.clock.system import SystemClock
from adapters.live_figures.in_memory import InMemoryLiveFigures
from adapters.persistence.engine import make_engine
from adapters.persistence.tables import metadata
from application.analytics.overview import AnalyticsOverview
from application.billing.packages import CREDIT_PACKAGES

POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"
LOAD = "load"
SCHEMA = "bench_analytics"
CODES = np.array([f"{c:06d}" for c in np.random.default_rng(7).integers(10_100, 970_000, 3_000)])
SOURCES = np.array(["memory", "engine", "agent", "review", "declared"])
SOURCE_SHARE = [0.30, 0.55, 0.07, 0.05, 0.03]
ACTIONS = np.array(["sign-in", "upload", "download", "review", "purchase"])

POSTGRES_QUERIES = {
    "jobs per day": """
        SELECT (created_at AT TIME ZONE 'UTC')::date AS day, count(*), count(*) FILTER (WHERE status = 'COMPLETED'),
               count(*) FILTER (WHERE status = 'FAILED')
        FROM jobs WHERE created_at >= $1 GROUP BY day""",
    "lines per day": """
        SELECT (j.created_at AT TIME ZONE 'UTC')::date AS day, count(*) FROM job_lines l JOIN jobs j ON j.id = l.job_id
        WHERE j.status = 'COMPLETED' AND j.created_at >= $1 GROUP BY day""",
    "credits per day": """
        WITH settled AS (
            SELECT job_id, -sum(amount) AS consumed,
                   max((created_at AT TIME ZONE 'UTC')::date) FILTER (WHERE kind IN ('capture', 'release')) AS day
            FROM ledger_entries WHERE job_id IS NOT NULL AND kind IN ('reserve', 'capture', 'release')
            GROUP BY job_id HAVING count(*) FILTER (WHERE kind IN ('capture', 'release')) > 0)
        SELECT day, sum(purchased), sum(consumed) FROM (
            SELECT (created_at AT TIME ZONE 'UTC')::date AS day, amount AS purchased, 0 AS consumed
            FROM ledger_entries WHERE kind = 'purchase' AND created_at >= $1
            UNION ALL SELECT day, 0, consumed FROM settled WHERE day >= $1::date) AS credit GROUP BY day""",
    "active accounts per day": """
        SELECT (at AT TIME ZONE 'UTC')::date AS day, count(DISTINCT account_id) FROM activities
        WHERE at >= $1 AND account_id IS NOT NULL GROUP BY day""",
    "revenue": """
        SELECT p.currency, sum(p.price), count(*), sum(e.amount) FROM ledger_entries e
        JOIN purchases pu ON e.key = 'purchase:' || pu.id
        JOIN (VALUES ('starter', 10.00, 'USD'), ('broker', 80.00, 'USD'), ('agency', 600.00, 'USD'))
             AS p (id, price, currency) ON p.id = pu.package_id
        WHERE e.kind = 'purchase' AND e.created_at >= $1 GROUP BY p.currency""",
    "top chapters": """
        SELECT left(l.classification #>> '{candidates,0,hs6}', 2) AS chapter, count(*) AS n
        FROM job_lines l JOIN jobs j ON j.id = l.job_id
        WHERE j.status = 'COMPLETED' AND j.created_at >= $1 GROUP BY chapter ORDER BY n DESC, chapter LIMIT 10""",
    "quality": """
        SELECT l.classification ->> 'source', count(*), sum((l.classification ->> 'confidence')::float)
        FROM job_lines l JOIN jobs j ON j.id = l.job_id
        WHERE j.status = 'COMPLETED' AND j.created_at >= $1 GROUP BY 1""",
    "speed p50/p95": """
        SELECT count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds),
               percentile_cont(0.95) WITHIN GROUP (ORDER BY seconds),
               percentile_cont(0.5) WITHIN GROUP (ORDER BY lines_total / nullif(seconds, 0)),
               percentile_cont(0.95) WITHIN GROUP (ORDER BY lines_total / nullif(seconds, 0))
        FROM (SELECT lines_total, extract(epoch FROM updated_at - created_at) AS seconds FROM jobs
              WHERE status = 'COMPLETED' AND created_at >= $1) AS done""",
    "usage per account": """
        WITH settled AS (
            SELECT job_id, max(account_id) AS account_id, -sum(amount) AS consumed
            FROM ledger_entries WHERE job_id IS NOT NULL AND kind IN ('reserve', 'capture', 'release')
            GROUP BY job_id HAVING count(*) FILTER (WHERE kind IN ('capture', 'release')) > 0)
        SELECT u.account_id, a.email, u.jobs, u.lines, u.purchased, u.consumed FROM (
            SELECT account_id, sum(jobs) AS jobs, sum(lines) AS lines, sum(purchased) AS purchased,
                   sum(consumed) AS consumed FROM (
                SELECT account_id, 1 AS jobs, 0 AS lines, 0 AS purchased, 0 AS consumed FROM jobs WHERE created_at >= $1
                UNION ALL SELECT j.account_id, 0, 1, 0, 0 FROM job_lines l JOIN jobs j ON j.id = l.job_id
                          WHERE j.status = 'COMPLETED' AND j.created_at >= $1
                UNION ALL SELECT account_id, 0, 0, amount, 0 FROM ledger_entries
                          WHERE kind = 'purchase' AND created_at >= $1
                UNION ALL SELECT account_id, 0, 0, 0, consumed FROM settled) AS parts GROUP BY account_id
        ) AS u LEFT JOIN accounts a ON a.id = u.account_id ORDER BY u.lines DESC, u.jobs DESC LIMIT 10""",
}
DUCKDB_QUERIES = {
    "jobs per day": history_sql.JOBS_PER_DAY, "lines per day": history_sql.LINES_PER_DAY,
    "credits per day": history_sql.CREDITS_PER_DAY, "active accounts per day": history_sql.ACTIVE_PER_DAY,
    "revenue": history_sql.REVENUE, "top chapters": history_sql.TOP_CHAPTERS, "quality": history_sql.QUALITY,
    "speed p50/p95": history_sql.SPEED, "usage per account": history_sql.ACCOUNTS,
}  # fmt: skip


def synthetic_rows(lines: int, jobs: int, now: datetime, days: int) -> dict[str, list[tuple[Any, ...]]]:
    """Source rows: `lines` lines in completed jobs (plus 5 % more in failed or unfinished ones), their credits,
    purchases and activity, spread over the last `days` days."""
    rng = np.random.default_rng(2026)
    accounts = [(f"acc-{n:04d}", f"broker{n}@example.tm", f"broker{n}@example.tm", "x", now - timedelta(days=days),
                 "user", "{}") for n in range(200)]  # fmt: skip
    status = rng.choice(["COMPLETED", "FAILED", "MATCHING"], jobs, p=[0.92, 0.05, 0.03])
    done = status == "COMPLETED"
    sizes = np.zeros(jobs, dtype=np.int64)
    sizes[done] = rng.multinomial(lines - int(done.sum()), np.ones(int(done.sum())) / done.sum()) + 1
    sizes[~done] = rng.integers(1, 2 * lines // jobs, int((~done).sum()))
    created = [now - timedelta(seconds=int(s)) for s in rng.integers(3_600, days * 86_400, jobs)]
    seconds = rng.gamma(2.0, 30.0, jobs) + sizes / rng.uniform(200, 2_000, jobs)
    owners = rng.integers(0, len(accounts), jobs)
    job_rows: list[tuple[Any, ...]] = []
    line_rows: list[tuple[Any, ...]] = []
    ledger: list[tuple[Any, ...]] = []
    for j in range(jobs):
        job_id, owner = f"job-{j:06d}", accounts[owners[j]][0]
        updated = created[j] + timedelta(seconds=float(seconds[j])) if status[j] != "MATCHING" else None
        job_rows.append((job_id, owner, f"{job_id}.xlsx", f"jobs/{job_id}/source", "TM", status[j], created[j],
                         updated, int(sizes[j]), int(sizes[j]), int(sizes[j]), "[]", "[]"))  # fmt: skip
        codes = rng.choice(rng.choice(CODES, 40), sizes[j])  # a supplier's list spans a few dozen subheadings
        sources = rng.choice(SOURCES, sizes[j], p=SOURCE_SHARE)
        confidence = np.round(rng.beta(5, 2, sizes[j]), 3)
        for row in range(int(sizes[j])):
            candidate = {"hs6": codes[row], "score": confidence[row], "rationale": "", "national_code": None,
                         "tariff_text": None}  # fmt: skip
            chosen = {"candidates": [candidate], "source": sources[row], "confidence": confidence[row],
                      "needs_review": False, "notes": []}  # fmt: skip
            line_rows.append((job_id, row + 1, f"goods {codes[row]}", "[]", json.dumps(chosen, default=float), True))
        if updated is not None:
            charged = int(sizes[j] * 0.7)
            settle = ("capture", int(sizes[j]) - charged) if status[j] == "COMPLETED" else ("release", int(sizes[j]))
            ledger.append((f"{job_id}:reserve", owner, "reserve", -int(sizes[j]), created[j], job_id, "", None))
            ledger.append((f"{job_id}:{settle[0]}", owner, settle[0], settle[1], updated, job_id, "", job_id))
    purchases = []
    for p in range(600):
        package = CREDIT_PACKAGES[p % len(CREDIT_PACKAGES)]
        at, owner = now - timedelta(seconds=int(rng.integers(3_600, days * 86_400))), accounts[p % 200][0]
        purchases.append((f"buy-{p:05d}", owner, package.id, package.credits, at, "approved" if p % 5 else "pending"))
        if p % 5:
            ledger.append((f"purchase:buy-{p:05d}", owner, "purchase", package.credits, at, None, "", None))
    activities = [(accounts[int(a)][0], str(action), now - timedelta(seconds=int(s)), None, "{}")
                  for a, action, s in zip(rng.integers(0, 200, 50_000), rng.choice(ACTIONS, 50_000),
                                          rng.integers(60, days * 86_400, 50_000), strict=True)]  # fmt: skip
    return {"accounts": accounts, "jobs": job_rows, "job_lines": line_rows, "ledger_entries": ledger,
            "purchases": purchases, "activities": activities}  # fmt: skip


COLUMNS = {
    "accounts": ("id", "email", "email_key", "password_hash", "created_at", "role", "profile"),
    "jobs": ("id", "account_id", "filename", "storage_key", "country", "status", "created_at", "updated_at",
             "lines_total", "lines_done", "lines_distinct", "problems", "declaration_keys"),
    "job_lines": ("job_id", "row", "description", "problems", "classification", "classified"),
    "ledger_entries": ("key", "account_id", "kind", "amount", "created_at", "job_id", "note", "settles_job"),
    "purchases": ("id", "account_id", "package_id", "credits", "created_at", "status"),
    "activities": ("account_id", "action", "at", "subject", "details"),
}  # fmt: skip


async def load_postgres(rows: dict[str, list[tuple[Any, ...]]]) -> None:
    engine = make_engine(POSTGRES.replace("postgresql://", "postgresql+asyncpg://"))
    async with engine.begin() as connection:
        await connection.exec_driver_sql(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
        await connection.exec_driver_sql(f"CREATE SCHEMA {SCHEMA}")
        await connection.run_sync(
            lambda sync: metadata.create_all(sync.execution_options(schema_translate_map={None: SCHEMA}))
        )
    await engine.dispose()
    db = await asyncpg.connect(POSTGRES)
    try:
        for table, columns in COLUMNS.items():
            await db.copy_records_to_table(table, records=rows[table], columns=columns, schema_name=SCHEMA)
        await db.execute(f"ANALYZE {', '.join(f'{SCHEMA}.{t}' for t in COLUMNS)}")
    finally:
        await db.close()


def timed(call: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        began = time.perf_counter()
        call()
        out.append((time.perf_counter() - began) * 1000)
    return out


async def timed_async(call: Callable[[], Awaitable[object]], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        began = time.perf_counter()
        await call()
        out.append((time.perf_counter() - began) * 1000)
    return out


async def postgres_times(since: date, repeat: int) -> dict[str, float]:
    db = await asyncpg.connect(POSTGRES, server_settings={"search_path": SCHEMA})
    start = datetime(since.year, since.month, since.day, tzinfo=UTC)
    try:
        return {name: statistics.median(await timed_async(partial(db.fetch, query, start), repeat))
                for name, query in POSTGRES_QUERIES.items()}  # fmt: skip
    finally:
        await db.close()


def duckdb_times(root: Path, since: date, repeat: int) -> dict[str, float]:
    """Each question as the overview asks it, of the read model's columns loaded into DuckDB's memory (timed too)."""
    with connect() as db:
        db.execute(history_sql.PACKAGES)
        db.executemany("INSERT INTO packages VALUES (?, ?, ?)", [(p.id, p.price, p.currency) for p in CREDIT_PACKAGES])
        times = {LOAD: statistics.median(
            timed(lambda: load(db, ReadModelFolder(root), history_sql.COLUMNS), repeat))}  # fmt: skip
        return times | {name: statistics.median(timed(partial(_ask, db, query, since), repeat))
                        for name, query in DUCKDB_QUERIES.items()}  # fmt: skip


def _ask(db: duckdb.DuckDBPyConnection, query: str, since: date) -> list[tuple[Any, ...]]:
    return db.execute(query, {"since": since, "top": 10} if "$top" in query else {"since": since}).fetchall()


async def overview_times(engine: AsyncEngine, root: Path, days: int, repeat: int) -> dict[str, list[float]]:
    """The overview end to end (live figures from the twin), in the four situations a request can meet."""

    def fresh_overview() -> AnalyticsOverview:
        return AnalyticsOverview(InMemoryLiveFigures(SystemClock()), DuckDbAnalyticsHistory(root), SystemClock())

    times = {"first request of a process (connect, load, ask)": await timed_async(
        lambda: fresh_overview()(days), repeat)}  # fmt: skip
    overview = fresh_overview()
    await overview(days)
    after_refresh = []
    db = await asyncpg.connect(POSTGRES, server_settings={"search_path": SCHEMA})
    try:
        for _ in range(repeat):  # one new activity, one refresh: a new read-model version
            await db.execute("INSERT INTO activities (account_id, action, at, details) VALUES ('acc-0000', "
                             "'sign-in', now(), '{}')")  # fmt: skip
            await refresh_read_model(engine, root)
            after_refresh += await timed_async(lambda: overview(days), 1)
    finally:
        await db.close()
    times["first request after a refresh (reload, ask)"] = after_refresh
    asks = iter(range(1, repeat + 1))  # a new `top` each time: no cached answer
    times["a new question on the loaded version (ask)"] = await timed_async(
        lambda: overview(days, top=next(asks)), repeat
    )
    times["the same question again (cached until the next refresh)"] = await timed_async(lambda: overview(days), repeat)
    return times


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--jobs", type=int, default=2_000)
    parser.add_argument("--days", type=int, default=366, help="history asked of the overview (data spans 90 days)")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--write", type=Path, help="also write the markdown table to this file")
    parser.add_argument("--keep", action="store_true", help=f"keep the schema {SCHEMA} in PostgreSQL afterwards")
    args = parser.parse_args()
    now = datetime.now(UTC)
    began = time.perf_counter()
    rows = synthetic_rows(args.lines, args.jobs, now, 90)
    generated = time.perf_counter() - began
    await load_postgres(rows)
    copied = time.perf_counter() - began - generated
    engine = make_engine(POSTGRES.replace("postgresql://", "postgresql+asyncpg://")).execution_options(
        schema_translate_map={None: SCHEMA}
    )
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "analytics"
        first = await refresh_read_model(engine, root)
        again = await refresh_read_model(engine, root)
        since = now.date() - timedelta(days=args.days - 1)
        duck = duckdb_times(root, since, args.repeat)
        answer = await AnalyticsOverview(InMemoryLiveFigures(SystemClock()), DuckDbAnalyticsHistory(root),
                                         SystemClock())(args.days)  # fmt: skip
        parquet_mb = sum(f.stat().st_size for f in root.rglob("*.parquet")) / 1e6
        overview = await overview_times(engine, root, args.days, args.repeat)
    await engine.dispose()
    postgres = await postgres_times(since, max(3, args.repeat // 4))
    if not args.keep:
        db = await asyncpg.connect(POSTGRES)
        await db.execute(f"DROP SCHEMA {SCHEMA} CASCADE")
        await db.close()
    load_ms = duck.pop(LOAD)
    table = [
        f"Read model: {answer.history.quality.lines:,} lines in {sum(d.jobs for d in answer.history.days):,} jobs, "
        f"{parquet_mb:.1f} MB of Parquet; history of {args.days} days; 2 cores; load average "
        f"{os.getloadavg()[0]:.1f} at the end.",
        "",
        f"- synthetic rows {generated:.1f} s, PostgreSQL load (COPY) {copied:.1f} s",
        f"- refresh from PostgreSQL (first, all rows): {first.seconds:.1f} s, written {first.written}",
        f"- refresh again (nothing new): {again.seconds * 1000:.0f} ms, written {again.written or 'nothing'}",
        "",
        "| overview end to end | median (ms) | max (ms) |",
        "|---|---:|---:|",
        *(f"| {name} | {statistics.median(ms):.1f} | {max(ms):.1f} |" for name, ms in overview.items()),
        "",
        "| question | DuckDB on Parquet (ms) | PostgreSQL direct (ms) | ratio |",
        "|---|---:|---:|---:|",
        f"| load the read model into DuckDB (once per refresh) | {load_ms:.1f} | - | - |",
        *(f"| {q} | {duck[q]:.1f} | {postgres[q]:.1f} | {postgres[q] / duck[q]:.1f}x |" for q in duck),
        f"| **all nine questions** | **{sum(duck.values()):.1f}** | **{sum(postgres.values()):.1f}** | "
        f"**{sum(postgres.values()) / sum(duck.values()):.0f}x** |",
    ]
    print("\n".join(table))
    if args.write:
        args.write.write_text("\n".join(table) + "\n", encoding="utf-8")


if __name__ == "__main__":
    asyncio.run(main())
