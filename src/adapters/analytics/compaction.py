"""Folding a table's delta files into one deduplicated base file, so that queries read few, sorted files."""

import polars as pl

from adapters.analytics.folder import ReadModelFolder
from adapters.analytics.rows import latest
from adapters.analytics.stored import row_count
from adapters.analytics.tables import ReadModelTable

MAX_DELTAS = 8
DELTA_SHARE = 0.25  # compact once the deltas hold this share of the base's rows


def needs_compaction(folder: ReadModelFolder, table: ReadModelTable) -> bool:
    deltas = folder.files(table).deltas
    if not deltas:
        return False
    if len(deltas) >= MAX_DELTAS:
        return True
    return row_count(folder, table, delta_only=True) > DELTA_SHARE * row_count(folder, table)


def compact(folder: ReadModelFolder, table: ReadModelTable, run: int) -> int:
    """Writes `base-<run>` holding the newest rows of every key, drops the files it replaces; the rows kept."""
    files = folder.files(table).all
    order = ["day", *table.key] if "day" in table.schema else list(table.key)
    frame = latest(pl.scan_parquet(files), table).sort(order).collect()
    folder.write(table, frame, run, kind="base")
    folder.discard_before(table, run)
    return frame.height
