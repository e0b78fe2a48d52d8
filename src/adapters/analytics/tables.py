"""The read model's tables: their Parquet columns, the key a newer run replaces rows by, and the columns whose
change makes a row worth writing again. Every row carries `_run`, the refresh that wrote it."""

from dataclasses import dataclass

import polars as pl

INSTANT = pl.Datetime("us", "UTC")
RUN = "_run"


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity: one object per table
class ReadModelTable:
    name: str
    schema: dict[str, pl.DataType]  # without `_run`
    key: tuple[str, ...]  # a newer run's rows replace every older row with the same key
    compared: tuple[str, ...]  # a source row is new when no stored row has the same values in these

    @property
    def columns(self) -> dict[str, pl.DataType]:
        return {**self.schema, RUN: pl.Int64()}

    def empty(self) -> pl.DataFrame:
        return pl.DataFrame(schema=self.columns)


def _schema(**columns: pl.DataType) -> dict[str, pl.DataType]:
    return columns


JOBS = ReadModelTable(
    "jobs",
    _schema(id=pl.String(), account_id=pl.String(), country=pl.String(), status=pl.String(), created_at=INSTANT,
            updated_at=INSTANT, completed_at=INSTANT, day=pl.Date(), lines_total=pl.Int64(), lines_done=pl.Int64(),
            lines_distinct=pl.Int64()),
    key=("id",),
    compared=("id", "status", "updated_at", "lines_total", "lines_done", "lines_distinct"),
)  # fmt: skip
LINES = ReadModelTable(
    "lines",
    _schema(job_id=pl.String(), row=pl.Int64(), account_id=pl.String(), day=pl.Date(), hs6=pl.String(),
            chapter=pl.String(), source=pl.String(), confidence=pl.Float64(), duplicate=pl.Boolean()),
    key=("job_id",),  # a job's lines are replaced all together
    compared=(),
)  # fmt: skip
LINE_COUNTS = ReadModelTable(
    "line_counts",  # what the overview reads instead of every line: a job's lines by chapter, and by source
    _schema(job_id=pl.String(), account_id=pl.String(), day=pl.Date(), counted_by=pl.String(), chapter=pl.String(),
            source=pl.String(), lines=pl.Int64(), confidence_sum=pl.Float64(), confidence_lines=pl.Int64()),
    key=("job_id",),
    compared=(),
)  # fmt: skip
LEDGER = ReadModelTable(
    "ledger",
    _schema(id=pl.Int64(), key=pl.String(), account_id=pl.String(), kind=pl.String(), amount=pl.Int64(),
            created_at=INSTANT, day=pl.Date(), job_id=pl.String()),
    key=("id",),
    compared=("id",),  # entries never change
)  # fmt: skip
PURCHASES = ReadModelTable(
    "purchases",
    _schema(id=pl.String(), account_id=pl.String(), package_id=pl.String(), credits=pl.Int64(), created_at=INSTANT,
            status=pl.String()),
    key=("id",),
    compared=("id", "status"),
)  # fmt: skip
ACTIVITIES = ReadModelTable(
    "activities",
    _schema(id=pl.Int64(), account_id=pl.String(), action=pl.String(), at=INSTANT, day=pl.Date(),
            subject=pl.String()),
    key=("id",),
    compared=("id",),
)  # fmt: skip
ACCOUNTS = ReadModelTable(
    "accounts",
    _schema(id=pl.String(), email=pl.String(), role=pl.String(), created_at=INSTANT),
    key=("id",),
    compared=("id", "email", "role"),
)  # fmt: skip

TABLES = (JOBS, LINES, LINE_COUNTS, LEDGER, PURCHASES, ACTIVITIES, ACCOUNTS)
