"""Source rows into read-model rows (Polars only): which rows are new, and the columns the model derives."""

import polars as pl

from adapters.analytics.tables import JOBS, LINE_COUNTS, LINES, RUN, ReadModelTable

COMPLETED = "COMPLETED"


def new_rows(table: ReadModelTable, source: pl.DataFrame, stored: pl.DataFrame) -> pl.DataFrame:
    """The source rows no stored row already holds (equal in the table's compared columns)."""
    compared = list(table.compared)
    return source.join(stored.select(compared), on=compared, how="anti", nulls_equal=True)


def with_day(frame: pl.DataFrame, instant: str) -> pl.DataFrame:
    """The UTC day of `instant`, the day every figure is counted on."""
    return frame.with_columns(pl.col(instant).dt.date().alias("day"))


def stamped(table: ReadModelTable, frame: pl.DataFrame, run: int) -> pl.DataFrame:
    """In the table's column order and types, marked with the run that writes it."""
    return frame.with_columns(pl.lit(run, pl.Int64).alias(RUN)).select(
        pl.col(name).cast(kind) for name, kind in table.columns.items()
    )


def job_rows(changed: pl.DataFrame, stored: pl.DataFrame, run: int) -> pl.DataFrame:
    """Changed jobs; `completed_at` is the first time the model saw the job completed (a re-generation after
    review moves `updated_at` on, not the completion)."""
    fresh = new_rows(JOBS, changed, stored)
    earlier = stored.select("id", pl.col("completed_at").alias("seen_completed"))
    fresh = fresh.join(earlier, on="id", how="left").with_columns(
        pl.coalesce(
            "seen_completed",
            pl.when(pl.col("status") == COMPLETED).then(pl.coalesce("updated_at", "created_at")),
        ).alias("completed_at")
    )
    return stamped(JOBS, with_day(fresh, "created_at"), run)


def line_rows(lines: pl.DataFrame, jobs: pl.DataFrame, run: int) -> pl.DataFrame:
    """Lines with their job's account and day, and the HS chapter of the chosen code."""
    facts = jobs.select(pl.col("id").alias("job_id"), "account_id", "day")
    joined = lines.join(facts, on="job_id", how="inner").with_columns(pl.col("hs6").str.slice(0, 2).alias("chapter"))
    return stamped(LINES, joined, run)


def line_count_rows(lines: pl.DataFrame) -> pl.DataFrame:
    """A job's lines counted twice over: per HS chapter (`counted_by` = chapter) and per source, each with
    the confidence summed for the average. Either half adds up to all the job's lines."""
    keys = ("job_id", "account_id", "day", RUN)
    sums = (
        pl.len().alias("lines"),
        pl.col("confidence").sum().alias("confidence_sum"),
        pl.col("confidence").count().alias("confidence_lines"),
    )
    by_chapter = lines.group_by(*keys, "chapter").agg(*sums).with_columns(pl.lit("chapter").alias("counted_by"))
    by_source = lines.group_by(*keys, "source").agg(*sums).with_columns(pl.lit("source").alias("counted_by"))
    both = pl.concat([by_chapter, by_source], how="diagonal")
    return both.select(pl.col(name).cast(kind) for name, kind in LINE_COUNTS.columns.items())


def latest(frame: pl.LazyFrame, table: ReadModelTable) -> pl.LazyFrame:
    """The rows of the newest run of each key: what the model holds once older runs are superseded."""
    return frame.filter(pl.col(RUN) == pl.col(RUN).max().over(table.key))
