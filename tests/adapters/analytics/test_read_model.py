from datetime import timedelta
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncEngine
from tests.adapters.analytics.test_refresh import first_world
from tests.adapters.analytics.world import START, store

from adapters.analytics.duckdb_history import DuckDbAnalyticsHistory
from adapters.analytics.read_model import ParquetReadModel
from adapters.clock.fixed import FixedClock


async def test_a_refresh_leaves_the_history_answered_for_the_last_month(engine: AsyncEngine, root: Path) -> None:
    await store(engine, first_world())
    history = DuckDbAnalyticsHistory(root)
    clock = FixedClock(START)

    report = await ParquetReadModel(engine, root, history, clock).refresh()
    for parquet in root.rglob("*.parquet"):
        parquet.unlink()  # the answer below can only come from the warmed history

    month = await history.history(START.date() - timedelta(days=29))
    assert (report.run, month.version, month.quality.lines) == (1, 1, 3)
