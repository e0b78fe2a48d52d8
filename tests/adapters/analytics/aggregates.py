"""The same aggregates asked of the source tables (rows read with SQLAlchemy, counted in Python) and of the read
model (DuckDB over its views): a refresh is right when the two agree."""

from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from adapters.analytics.folder import ReadModelFolder
from adapters.analytics.views import connect
from adapters.persistence.tables import accounts, activities, job_lines, jobs, ledger_entries, purchases

Aggregates = dict[str, Any]


async def of_source(engine: AsyncEngine) -> Aggregates:
    async with engine.connect() as db:
        job_rows = (await db.execute(select(jobs.c.id, jobs.c.created_at, jobs.c.status, jobs.c.lines_total))).all()
        completed = {row.id: row for row in job_rows if row.status == "COMPLETED"}
        line_rows = (await db.execute(select(job_lines.c.job_id, job_lines.c.classification))).all()
        credit = ledger_entries.c
        entries = (await db.execute(select(credit.created_at, credit.kind, credit.amount))).all()
        bought = (await db.execute(select(purchases.c.id, purchases.c.status))).all()
        done = (await db.execute(select(activities.c.at, activities.c.action))).all()
        people = (await db.execute(select(accounts.c.id))).scalars().all()
    lines: Counter[tuple[str, str, str, str]] = Counter()
    for job_id, chosen in line_rows:
        if job_id in completed:
            day = completed[job_id].created_at.date().isoformat()
            lines[(job_id, day, chosen["candidates"][0]["hs6"], chosen["source"])] += 1
    ledger: Counter[tuple[str, str]] = Counter()
    for at, kind, amount in entries:
        ledger[(at.date().isoformat(), kind)] += amount
    return {
        "jobs": Counter((r.created_at.date().isoformat(), r.status, r.lines_total) for r in job_rows),
        "lines": lines,
        "ledger": ledger,
        "purchases": sorted(bought),
        "activities": Counter((at.date().isoformat(), action) for at, action in done),
        "accounts": sorted(people),
    }


def of_read_model(root: Path) -> Aggregates:
    with connect(ReadModelFolder(root)) as db:

        def rows(query: str) -> list[tuple[Any, ...]]:
            return db.execute(query).fetchall()

        return {
            "jobs": Counter({(d, s, n): c for d, s, n, c in
                             rows("SELECT day::VARCHAR, status, lines_total, count(*) FROM jobs GROUP BY ALL")}),
            "lines": Counter({(j, d, h, s): c for j, d, h, s, c in
                              rows("SELECT job_id, day::VARCHAR, hs6, source, count(*) FROM lines GROUP BY ALL")}),
            "line_counts": Counter({(j, d, by, v): c for j, d, by, v, c in
                                    rows("SELECT job_id, day::VARCHAR, counted_by, coalesce(chapter, source), "
                                         "sum(lines) FROM line_counts GROUP BY ALL")}),
            "ledger": Counter({(d, k): a for d, k, a in
                               rows("SELECT day::VARCHAR, kind, sum(amount) FROM ledger GROUP BY ALL")}),
            "purchases": sorted(rows("SELECT id, status FROM purchases")),
            "activities": Counter({(d, a): c for d, a, c in
                                   rows("SELECT day::VARCHAR, action, count(*) FROM activities GROUP BY ALL")}),
            "accounts": sorted(r[0] for r in rows("SELECT id FROM accounts")),
        }  # fmt: skip


def line_counts(lines: Counter[tuple[str, str, str, str]]) -> Counter[tuple[str, str, str, str]]:
    """What `line_counts` holds: lines per job and day, by HS chapter and by source."""
    out: Counter[tuple[str, str, str, str]] = Counter()
    for (job_id, day, hs6, source), count in lines.items():
        out[(job_id, day, "chapter", hs6[:2])] += count
        out[(job_id, day, "source", source)] += count
    return out
