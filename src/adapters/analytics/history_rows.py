"""DuckDB's answer rows into the history's figures."""

from datetime import date, datetime, timedelta
from typing import Any

from application.analytics.history import (
    AccountUsage,
    ChapterLines,
    DailyFigures,
    History,
    Quality,
    Revenue,
    Speed,
)  # fmt: skip
from domain.classification.candidate import Source

Rows = list[tuple[Any, ...]]


def days(since: date, refreshed_at: datetime | None, *per_day: Rows) -> list[DailyFigures]:
    """One entry per day from `since` to the last refresh, zeros where nothing happened."""
    jobs, lines, credits, active = ({row[0]: row[1:] for row in rows} for rows in per_day)
    last = max([since, refreshed_at.date() if refreshed_at else since, *jobs, *lines, *credits, *active])
    out = []
    for offset in range((last - since).days + 1):
        day = since + timedelta(days=offset)
        made, completed, failed = jobs.get(day, (0, 0, 0))
        bought, used = credits.get(day, (0, 0))
        out.append(DailyFigures(day, made, completed, failed, int(lines.get(day, (0,))[0]), int(bought), int(used),
                                active.get(day, (0,))[0]))  # fmt: skip
    return out


def revenue(rows: Rows) -> list[Revenue]:
    return [Revenue(currency, str(amount), n, int(credits)) for currency, amount, n, credits in rows]


def top_chapters(rows: Rows) -> list[ChapterLines]:
    return [ChapterLines(chapter, int(n)) for chapter, n in rows]


def quality(rows: Rows) -> Quality:
    by_source = {source or "unclassified": int(n) for source, n, _, _ in rows}
    total = sum(by_source.values())
    confidence_sum = sum(s or 0 for _, _, s, _ in rows)
    confidence_lines = sum(int(c or 0) for _, _, _, c in rows)
    return Quality(
        lines=total,
        corrected_share=by_source.get(Source.REVIEW.value, 0) / total if total else 0.0,
        average_confidence=confidence_sum / confidence_lines if confidence_lines else None,
        by_source=dict(sorted(by_source.items())),
    )


def speed(rows: Rows) -> Speed:
    return Speed(*rows[0])


def account_usage(rows: Rows) -> list[AccountUsage]:
    return [
        AccountUsage(account_id, email, int(jobs), int(lines), int(bought), int(used), last)
        for account_id, email, jobs, lines, bought, used, last in rows
    ]


def empty_history(since: date) -> History:
    """Before the first refresh."""
    return History(since, None, 0, [], [], [], Quality(0, 0.0, None), Speed(0, None, None, None, None), [])
