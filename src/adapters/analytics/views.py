"""The read model's tables in DuckDB, from its Parquet files: the base, minus every key a later delta replaced,
plus the newest delta rows of each key. `read_parquet` only; DuckDB loads no extension."""

from pathlib import Path

import duckdb

from adapters.analytics.folder import ReadModelFolder, TableFiles
from adapters.analytics.tables import RUN, TABLES, ReadModelTable

DUCKDB_CONFIG: dict[str, str | bool | int | float | list[str]] = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
}

SETTLED = """
SELECT job_id, max(account_id) AS account_id, -sum(amount) AS consumed,
       max(day) FILTER (WHERE kind IN ('capture', 'release')) AS day
FROM ledger WHERE job_id IS NOT NULL AND kind IN ('reserve', 'capture', 'release')
GROUP BY job_id HAVING count(*) FILTER (WHERE kind IN ('capture', 'release')) > 0
"""  # credits a job consumed for good: its reservation less what its capture or release gave back


def connect(folder: ReadModelFolder | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB in UTC; with `folder`, a view per read-model table (reading its Parquet files at every
    query) and `settled`."""
    connection = duckdb.connect(":memory:", config=DUCKDB_CONFIG)
    connection.execute("SET TimeZone = 'UTC'")
    if folder is not None:
        for table in TABLES:
            connection.execute(f"CREATE VIEW {table.name} AS {table_query(table, folder.files(table))}")
        connection.execute(f"CREATE VIEW settled AS {SETTLED}")
    return connection


def load(connection: duckdb.DuckDBPyConnection, folder: ReadModelFolder, columns: dict[str, tuple[str, ...]]) -> None:
    """(Re)places in-memory tables with the `columns` of the named read-model tables, and `settled`."""
    for table in TABLES:
        if table.name in columns:
            read = f"SELECT {', '.join(columns[table.name])} FROM ({table_query(table, folder.files(table))})"
            connection.execute(f"CREATE OR REPLACE TABLE {table.name} AS {read}")
    connection.execute(f"CREATE OR REPLACE TABLE settled AS {SETTLED}")


def table_query(table: ReadModelTable, files: TableFiles) -> str:
    if files.base is None and not files.deltas:
        raise FileNotFoundError(f"the read model has no files for {table.name} yet: refresh it first")
    if not files.deltas:
        return f"SELECT * FROM {_parquet([files.base])}"  # type: ignore[list-item]
    key = ", ".join(table.key)
    deltas = _parquet(files.deltas)
    newest = f"(SELECT * FROM {deltas} QUALIFY {RUN} = max({RUN}) OVER (PARTITION BY {key}))"
    if files.base is None:
        return newest
    base = _parquet([files.base])
    return f"(SELECT * FROM {base} ANTI JOIN (SELECT DISTINCT {key} FROM {deltas}) USING ({key})) UNION ALL {newest}"


def _parquet(paths: list[Path]) -> str:
    quoted = ", ".join("'" + str(path).replace("'", "''") + "'" for path in paths)
    return f"read_parquet([{quoted}])"
