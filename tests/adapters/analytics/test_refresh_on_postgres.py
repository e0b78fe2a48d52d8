"""The same refresh with PostgreSQL as the source (skips without PostgreSQL, fails under CI=true)."""

from pathlib import Path

import pytest
from tests.adapters.analytics.aggregates import line_counts, of_read_model, of_source
from tests.adapters.analytics.test_duckdb_history import hand_made_world
from tests.adapters.analytics.test_refresh import first_world
from tests.adapters.analytics.world import START, store
from tests.services import empty_postgres

from adapters.analytics.duckdb_history import DuckDbAnalyticsHistory
from adapters.analytics.refresh import refresh_read_model

pytestmark = pytest.mark.services


async def test_the_read_model_holds_the_postgres_tables_aggregates(postgres_url: str, tmp_path: Path) -> None:
    engine = await empty_postgres(postgres_url, pool_size=2)
    try:
        await store(engine, first_world())
        first = await refresh_read_model(engine, tmp_path)
        again = await refresh_read_model(engine, tmp_path)
        source, model = await of_source(engine), of_read_model(tmp_path)
    finally:
        await engine.dispose()

    assert first.written["lines"] == 3
    assert again.written == {}
    assert {table: model[table] for table in source} == source
    assert model["line_counts"] == line_counts(source["lines"])


async def test_lines_left_at_the_proposed_code_count_as_confirmed_on_postgres(
    postgres_url: str, tmp_path: Path
) -> None:
    """The JSON paths that tell a confirmation from a correction read PostgreSQL's JSON as they read SQLite's."""
    engine = await empty_postgres(postgres_url, pool_size=2)
    try:
        await store(engine, hand_made_world())
        await refresh_read_model(engine, tmp_path)
    finally:
        await engine.dispose()
    quality = (await DuckDbAnalyticsHistory(tmp_path).history(START.date(), top=10)).quality
    assert quality.by_source == {"agent": 1, "confirmed": 1, "engine": 2, "memory": 1, "review": 1}
