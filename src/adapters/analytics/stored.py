"""What the read model already holds, read back with Polars for the refresh and for compaction."""

import polars as pl

from adapters.analytics.folder import ReadModelFolder
from adapters.analytics.rows import latest
from adapters.analytics.tables import ReadModelTable


def stored_rows(folder: ReadModelFolder, table: ReadModelTable, keys: pl.Series) -> pl.DataFrame:
    """The newest stored rows of `keys` (values of the table's first key column)."""
    files = folder.files(table).all
    if not files or keys.is_empty():
        return table.empty()
    wanted = pl.scan_parquet(files).filter(pl.col(table.key[0]).is_in(keys.unique().implode()))
    return latest(wanted, table).collect()


def row_count(folder: ReadModelFolder, table: ReadModelTable, delta_only: bool = False) -> int:
    files = folder.files(table)
    paths = files.deltas if delta_only else files.all
    return pl.scan_parquet(paths).select(pl.len()).collect().item() if paths else 0
