"""Property: whatever the database holds, the refreshed read model holds the same aggregates."""

import asyncio
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from tests.adapters.analytics.aggregates import line_counts, of_read_model, of_source
from tests.adapters.analytics.conftest import sqlite_database
from tests.adapters.analytics.world import World, store, worlds

from adapters.analytics.refresh import refresh_read_model


def refreshed_aggregates(world: World) -> tuple[dict[str, object], dict[str, object]]:
    async def run() -> tuple[dict[str, object], dict[str, object]]:
        with tempfile.TemporaryDirectory() as folder:
            engine = await sqlite_database(Path(folder))
            try:
                await store(engine, world)
                await refresh_read_model(engine, Path(folder) / "analytics")
                return await of_source(engine), of_read_model(Path(folder) / "analytics")
            finally:
                await engine.dispose()

    return asyncio.run(run())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(worlds())
def test_the_read_model_holds_the_source_tables_aggregates(world: World) -> None:
    source, model = refreshed_aggregates(world)

    for table in ("jobs", "lines", "ledger", "purchases", "activities", "accounts"):
        assert model[table] == source[table], table
    assert model["line_counts"] == line_counts(source["lines"])  # type: ignore[arg-type]
