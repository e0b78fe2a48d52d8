"""Alembic environment: runs the migrations over the same async engines the application uses."""

import asyncio
import os

from alembic import context
from sqlalchemy import text
from sqlalchemy.engine import Connection

from adapters.persistence.engine import make_engine
from adapters.persistence.tables import metadata

MIGRATION_LOCK = 0x67756D72  # "gumr": the PostgreSQL advisory lock that queues concurrent upgrades


def _database_url() -> str:
    return (
        context.config.attributes.get("database_url")
        or context.config.get_main_option("sqlalchemy.url")
        or os.environ["GUMRUK_DATABASE_URL"]
    )


def _migrate(connection: Connection) -> None:
    with connection.begin():
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.execute(text("SELECT pg_advisory_xact_lock(:lock)"), {"lock": MIGRATION_LOCK})
        context.configure(connection=connection, target_metadata=metadata)
        context.run_migrations()


async def _migrate_online() -> None:
    engine = make_engine(_database_url(), pool_size=1, max_overflow=0)
    try:
        async with engine.connect() as connection:
            await connection.run_sync(_migrate)
    finally:
        await engine.dispose()


if context.is_offline_mode():
    context.configure(url=_database_url(), target_metadata=metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    asyncio.run(_migrate_online())
