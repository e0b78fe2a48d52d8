"""The analytics read model of one data folder, as the server runs it: refresh from the database, then warm the
history so that the next overview request finds its answer ready."""

from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncEngine

from adapters.analytics.duckdb_history import DuckDbAnalyticsHistory
from adapters.analytics.refresh import RefreshReport, refresh_read_model
from application.ports.clock import Clock


class ParquetReadModel:
    def __init__(self, engine: AsyncEngine, root: Path, history: DuckDbAnalyticsHistory, clock: Clock) -> None:
        self._engine, self._root, self._history, self._clock = engine, root, history, clock

    async def refresh(self) -> RefreshReport:
        report = await refresh_read_model(self._engine, self._root)
        await self._history.warm(self._clock.now().date())
        return report
