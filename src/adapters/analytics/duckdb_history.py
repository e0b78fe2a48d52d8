"""The overview's history from the Parquet read model, asked of an in-process DuckDB.

The columns the questions need are loaded into DuckDB's memory once per read-model version (the per-job line
counts, never every line), and answers are cached per version: nothing changes until the next refresh writes."""

import asyncio
import threading
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb

from adapters.analytics import history_sql as sql
from adapters.analytics.folder import ReadModelFolder, RefreshState
from adapters.analytics.history_rows import account_usage, days, empty_history, quality, revenue, speed, top_chapters
from adapters.analytics.views import connect, load
from application.analytics.history import History
from application.billing.packages import CREDIT_PACKAGES
from domain.billing.ledger import CreditPackage

WARM_DAYS = 30


class DuckDbAnalyticsHistory:
    def __init__(self, root: Path, packages: Sequence[CreditPackage] = CREDIT_PACKAGES) -> None:
        self._folder, self._packages = ReadModelFolder(root), tuple(packages)
        self._answers: dict[tuple[int, date, int], History] = {}
        self._db: duckdb.DuckDBPyConnection | None = None
        self._loaded_run = -1
        self._lock = threading.Lock()  # one loader or asker at a time on the connection

    async def version(self) -> tuple[int, datetime | None]:
        state = self._folder.state()
        return state.run, state.refreshed_at

    async def history(self, since: date, top: int = 10) -> History:
        state = self._folder.state()
        cached = self._answers.get((state.run, since, top))
        if cached is not None:
            return replace(cached, refreshed_at=state.refreshed_at)
        answer = await asyncio.to_thread(self._answer, state, since, top)
        fresh = {key: value for key, value in self._answers.items() if key[0] == state.run}
        self._answers = fresh | {(state.run, since, top): answer}
        return answer

    async def warm(self, today: date) -> None:
        """Load the newest version and answer the default question now, so that no request waits for it."""
        await self.history(date.fromordinal(today.toordinal() - WARM_DAYS + 1))

    def _answer(self, state: RefreshState, since: date, top: int) -> History:
        if state.refreshed_at is None:
            return empty_history(since)
        with self._lock:
            try:
                db = self._loaded(state.run)
            except duckdb.IOException:  # a compaction removed a file between listing and reading: list again
                state = self._folder.state()
                db = self._loaded(state.run)

            def rows(query: str, **extra: Any) -> list[tuple[Any, ...]]:
                return db.execute(query, {"since": since, **extra}).fetchall()

            per_day = [rows(q) for q in (sql.JOBS_PER_DAY, sql.LINES_PER_DAY, sql.CREDITS_PER_DAY, sql.ACTIVE_PER_DAY)]
            return History(
                since, state.refreshed_at, state.run, days(since, state.refreshed_at, *per_day),
                revenue(rows(sql.REVENUE)), top_chapters(rows(sql.TOP_CHAPTERS, top=top)), quality(rows(sql.QUALITY)),
                speed(rows(sql.SPEED)), account_usage(rows(sql.ACCOUNTS, top=top)),
            )  # fmt: skip

    def _loaded(self, run: int) -> duckdb.DuckDBPyConnection:
        """The connection, holding version `run` of the read model in memory."""
        if self._db is None:
            self._db = connect()
            self._db.execute(sql.PACKAGES)
            prices = [(package.id, package.price, package.currency) for package in self._packages]
            self._db.executemany("INSERT INTO packages VALUES (?, ?, ?)", prices)
        if self._loaded_run != run:
            load(self._db, self._folder, sql.COLUMNS)
            self._loaded_run = run
        return self._db
