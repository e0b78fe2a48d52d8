"""What the refresh reads from the SQL database (SQLite or PostgreSQL), as Polars frames, in one read snapshot."""

import contextlib
from collections.abc import AsyncIterator, Sequence
from datetime import datetime
from typing import Any

import polars as pl
from sqlalchemy import Select, and_, case, func, select, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from adapters.analytics.tables import INSTANT
from adapters.persistence.tables import accounts, activities, job_lines, jobs, ledger_entries, purchases
from domain.classification.candidate import Source

PARTITION_ROWS = 50_000
CONFIRMED = "confirmed"  # the source the history gives a line reviewed and left at the code proposed
JOBS_PER_QUERY = 500

JOB_COLUMNS = {
    "id": pl.String(), "account_id": pl.String(), "country": pl.String(), "status": pl.String(),
    "created_at": INSTANT, "updated_at": INSTANT, "lines_total": pl.Int64(), "lines_done": pl.Int64(),
    "lines_distinct": pl.Int64(),
}  # fmt: skip
LINE_COLUMNS = {"job_id": pl.String(), "row": pl.Int64(), "hs6": pl.String(), "source": pl.String(),
                "confidence": pl.Float64(), "duplicate": pl.Boolean()}  # fmt: skip
LEDGER_COLUMNS = {"id": pl.Int64(), "key": pl.String(), "account_id": pl.String(), "kind": pl.String(),
                  "amount": pl.Int64(), "created_at": INSTANT, "job_id": pl.String()}  # fmt: skip
PURCHASE_COLUMNS = {"id": pl.String(), "account_id": pl.String(), "package_id": pl.String(), "credits": pl.Int64(),
                    "created_at": INSTANT, "status": pl.String()}  # fmt: skip
ACTIVITY_COLUMNS = {"id": pl.Int64(), "account_id": pl.String(), "action": pl.String(), "at": INSTANT,
                    "subject": pl.String()}  # fmt: skip
ACCOUNT_COLUMNS = {"id": pl.String(), "email": pl.String(), "role": pl.String(), "created_at": INSTANT}


@contextlib.asynccontextmanager
async def read_snapshot(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    """A connection whose reads all see the database as of one moment (REPEATABLE READ; a read transaction on
    SQLite, whose engine runs without implicit transactions)."""
    async with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            await connection.execute(text("BEGIN"))
        else:
            await connection.execution_options(isolation_level="REPEATABLE READ")
        try:
            yield connection
        finally:
            await connection.rollback()


async def changed_jobs(connection: AsyncConnection, since: datetime | None) -> pl.DataFrame:
    query = select(*(jobs.c[name] for name in JOB_COLUMNS))
    if since is not None:
        query = query.where(func.coalesce(jobs.c.updated_at, jobs.c.created_at) >= since)
    return await _frame(connection, query, JOB_COLUMNS)


async def lines_of(connection: AsyncConnection, job_ids: Sequence[str]) -> pl.DataFrame:
    """Every line of the jobs, with what classification chose: its HS-6, source and confidence."""
    chosen = job_lines.c.classification
    frames = []
    for start in range(0, len(job_ids), JOBS_PER_QUERY):
        query = select(
            job_lines.c.job_id, job_lines.c.row, chosen[("candidates", 0, "hs6")].as_string(),
            _source(chosen), chosen["confidence"].as_float(), job_lines.c.duplicate_of.is_not(None),
        ).where(job_lines.c.job_id.in_(job_ids[start : start + JOBS_PER_QUERY]))  # fmt: skip
        frames.append(await _frame(connection, query, LINE_COLUMNS))
    return pl.concat(frames) if frames else pl.DataFrame(schema=LINE_COLUMNS)


def _source(chosen: Any) -> Any:
    """Where the line's code came from; a line a person left at the code proposed to them is CONFIRMED, not
    counted with the lines they corrected in review."""
    code, national = (("candidates", 0, "hs6"), ("candidates", 0, "national_code"))
    proposed, proposed_national = (("suggested", "hs6"), ("suggested", "national_code"))
    kept = and_(
        chosen["source"].as_string() == Source.REVIEW.value,
        chosen[code].as_string() == chosen[proposed].as_string(),
        func.coalesce(chosen[national].as_string(), "") == func.coalesce(chosen[proposed_national].as_string(), ""),
    )
    return case((kept, CONFIRMED), else_=chosen["source"].as_string())


async def ledger_after(connection: AsyncConnection, after_id: int) -> pl.DataFrame:
    query = select(*(ledger_entries.c[name] for name in LEDGER_COLUMNS)).where(ledger_entries.c.id > after_id)
    return await _frame(connection, query, LEDGER_COLUMNS)


async def activities_after(connection: AsyncConnection, after_id: int) -> pl.DataFrame:
    query = select(*(activities.c[name] for name in ACTIVITY_COLUMNS)).where(activities.c.id > after_id)
    return await _frame(connection, query, ACTIVITY_COLUMNS)


async def all_purchases(connection: AsyncConnection) -> pl.DataFrame:
    return await _frame(connection, select(*(purchases.c[name] for name in PURCHASE_COLUMNS)), PURCHASE_COLUMNS)


async def all_accounts(connection: AsyncConnection) -> pl.DataFrame:
    return await _frame(connection, select(*(accounts.c[name] for name in ACCOUNT_COLUMNS)), ACCOUNT_COLUMNS)


async def _frame(connection: AsyncConnection, query: Select[Any], schema: dict[str, pl.DataType]) -> pl.DataFrame:
    result = await connection.stream(query)
    parts = [
        pl.DataFrame([tuple(row) for row in rows], schema=schema, orient="row")
        async for rows in result.partitions(PARTITION_ROWS)
    ]
    return pl.concat(parts) if parts else pl.DataFrame(schema=schema)
