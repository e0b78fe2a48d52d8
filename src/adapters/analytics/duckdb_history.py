"""The overview's history from the Parquet read model, asked of an in-process DuckDB.

Answers are cached per read-model version: the history cannot change until the next refresh writes."""

import asyncio
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb

from adapters.analytics import history_sql as sql
from adapters.analytics.folder import ReadModelFolder, RefreshState
from adapters.analytics.views import connect
from application.analytics.history import (
    AccountUsage,
    ChapterLines,
    DailyFigures,
    History,
    Quality,
    Revenue,
    Speed,
)  # fmt: skip
from application.billing.packages import CREDIT_PACKAGES
from domain.billing.ledger import CreditPackage
from domain.classification.candidate import Source


class DuckDbAnalyticsHistory:
    def __init__(self, root: Path, packages: Sequence[CreditPackage] = CREDIT_PACKAGES) -> None:
        self._folder, self._packages = ReadModelFolder(root), tuple(packages)
        self._cache: dict[tuple[int, date, int], History] = {}

    async def version(self) -> tuple[int, datetime | None]:
        state = self._folder.state()
        return state.run, state.refreshed_at

    async def history(self, since: date, top: int = 10) -> History:
        state = self._folder.state()
        cached = self._cache.get((state.run, since, top))
        if cached is not None:
            return replace(cached, refreshed_at=state.refreshed_at)
        answer = await asyncio.to_thread(self._answer, state, since, top)
        self._cache = {k: v for k, v in self._cache.items() if k[0] == state.run} | {(state.run, since, top): answer}
        return answer

    def _answer(self, state: RefreshState, since: date, top: int) -> History:
        if state.refreshed_at is None:
            return _empty(since)
        try:
            return self._ask(state, since, top)
        except duckdb.IOException:  # a compaction removed a file between listing and reading: list again
            return self._ask(self._folder.state(), since, top)

    def _ask(self, state: RefreshState, since: date, top: int) -> History:
        with connect(self._folder) as db:
            db.execute("CREATE TEMP TABLE packages (id VARCHAR, price DECIMAL(18, 2), currency VARCHAR)")
            db.executemany(
                "INSERT INTO packages VALUES (?, ?, ?)", [(p.id, p.price, p.currency) for p in self._packages]
            )

            def rows(query: str, **extra: Any) -> list[tuple[Any, ...]]:
                return db.execute(query, {"since": since, **extra}).fetchall()

            end = max(since, state.refreshed_at.date() if state.refreshed_at else since)
            days = _days(since, end, rows(sql.JOBS_PER_DAY), rows(sql.LINES_PER_DAY), rows(sql.CREDITS_PER_DAY),
                         rows(sql.ACTIVE_PER_DAY))  # fmt: skip
            revenue = [Revenue(c, str(amount), n, int(credits)) for c, amount, n, credits in rows(sql.REVENUE)]
            chapters = [ChapterLines(chapter, int(n)) for chapter, n in rows(sql.TOP_CHAPTERS, top=top)]
            quality = _quality(rows(sql.QUALITY))
            speed = Speed(*rows(sql.SPEED)[0])
            accounts = [
                AccountUsage(a, email, int(jobs), int(lines), int(bought), int(used), last)
                for a, email, jobs, lines, bought, used, last in rows(sql.ACCOUNTS, top=top)
            ]
        return History(since, state.refreshed_at, state.run, days, revenue, chapters, quality, speed, accounts)


def _days(since: date, end: date, *per_day: list[tuple[Any, ...]]) -> list[DailyFigures]:
    """One entry per day from `since` on, zeros where nothing happened."""
    jobs, lines, credits, active = ({row[0]: row[1:] for row in rows} for rows in per_day)
    last = max([end, *jobs, *lines, *credits, *active])
    out = []
    for offset in range((last - since).days + 1):
        day = since + timedelta(days=offset)
        made, completed, failed = jobs.get(day, (0, 0, 0))
        bought, used = credits.get(day, (0, 0))
        out.append(DailyFigures(day, made, completed, failed, int(lines.get(day, (0,))[0]), int(bought), int(used),
                                active.get(day, (0,))[0]))  # fmt: skip
    return out


def _quality(rows: list[tuple[Any, ...]]) -> Quality:
    by_source = {source or "unclassified": int(n) for source, n, _, _ in rows}
    total = sum(by_source.values())
    confidence_sum = sum(s or 0 for _, _, s, _ in rows)
    confidence_lines = sum(int(c or 0) for _, _, _, c in rows)
    return Quality(
        lines=total,
        corrected_share=by_source.get(Source.REVIEW.value, 0) / total if total else 0.0,
        average_confidence=confidence_sum / confidence_lines if confidence_lines else None,
        by_source=dict(sorted(by_source.items())),
    )


def _empty(since: date) -> History:
    """Before the first refresh."""
    return History(since, None, 0, [], [], [], Quality(0, 0.0, None), Speed(0, None, None, None, None), [])
