"""What the analytics read model answers about the past: per day, per chapter, per account, and how well and how
fast the pipeline worked. The DuckDB adapter computes it from the Parquet snapshots."""

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class DailyFigures:
    day: date
    jobs: int  # jobs uploaded that day
    jobs_completed: int
    jobs_failed: int
    lines: int  # lines of that day's jobs, once completed
    credits_purchased: int
    credits_consumed: int
    active_accounts: int  # accounts with any activity that day


@dataclass(frozen=True, slots=True)
class Revenue:
    currency: str
    amount: str  # decimal string, like the package prices
    purchases: int
    credits: int


@dataclass(frozen=True, slots=True)
class ChapterLines:
    chapter: str  # the two HS digits, e.g. "84"
    lines: int


@dataclass(frozen=True, slots=True)
class Quality:
    lines: int
    corrected_share: float  # lines whose code was set by a person in review
    average_confidence: float | None
    by_source: dict[str, int] = field(default_factory=dict)  # memory | engine | agent | declared | review


@dataclass(frozen=True, slots=True)
class Speed:
    jobs: int  # completed jobs measured
    p50_seconds: float | None
    p95_seconds: float | None
    p50_lines_per_second: float | None
    p95_lines_per_second: float | None


@dataclass(frozen=True, slots=True)
class AccountUsage:
    account_id: str
    email: str | None
    jobs: int
    lines: int
    credits_purchased: int
    credits_consumed: int
    last_job_at: datetime | None


@dataclass(frozen=True, slots=True)
class History:
    since: date
    refreshed_at: datetime | None  # when the read model last took in the database; None before its first run
    version: int  # the read model's run number: a new one means the history may have changed
    days: list[DailyFigures]
    revenue: list[Revenue]
    top_chapters: list[ChapterLines]
    quality: Quality
    speed: Speed
    accounts: list[AccountUsage]


class AnalyticsHistory(Protocol):
    async def history(self, since: date, top: int = 10) -> History:
        """Figures from `since` (inclusive, UTC days) to the last refresh; `top` chapters and accounts."""
        ...

    async def version(self) -> tuple[int, datetime | None]:
        """The read model's run number and refresh time, cheap enough to poll."""
        ...
