"""Schema migrations (Alembic, hand-written, one history for SQLite and PostgreSQL)."""

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from alembic import command
from alembic.config import Config

HERE = Path(__file__).parent
_ALEMBIC = threading.Lock()  # Alembic keeps its migration context in module globals: one run per process


def alembic_config(database_url: str) -> Config:
    """The Alembic configuration for a database, without reading alembic.ini (that file is for the CLI)."""
    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.attributes["database_url"] = database_url
    return config


def upgrade_database(database_url: str, revision: str = "head") -> None:
    """`alembic upgrade head`; callable from sync code or inside a running event loop (it runs in a thread).

    Processes starting together are safe: the migration holds the database write lock (SQLite) or an
    advisory lock (PostgreSQL), and the second one finds the schema already at head.
    """
    with _ALEMBIC, ThreadPoolExecutor(1) as pool:
        pool.submit(command.upgrade, alembic_config(database_url), revision).result()
