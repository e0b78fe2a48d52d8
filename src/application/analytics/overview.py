"""The admin's analytics overview: the live figures and the history, in one answer."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from application.analytics.history import AnalyticsHistory, History
from application.errors import Invalid
from application.ports.clock import Clock
from application.ports.live_figures import LiveFigures, LiveSnapshot

MAX_DAYS = 366


@dataclass(frozen=True, slots=True)
class Overview:
    live: LiveSnapshot
    history: History


@dataclass(frozen=True, slots=True)
class LiveUpdate:
    """What the metrics WebSocket pushes: the live figures, and the read model's version so that a dashboard
    knows when to fetch the overview again."""

    live: LiveSnapshot
    history_version: int
    refreshed_at: datetime | None


class AnalyticsOverview:
    def __init__(self, live: LiveFigures, history: AnalyticsHistory, clock: Clock) -> None:
        self._live, self._history, self._clock = live, history, clock

    async def __call__(self, days: int = 30, top: int = 10) -> Overview:
        """`days` of history, today included (1..366)."""
        if not 1 <= days <= MAX_DAYS:
            raise Invalid(f"days must be between 1 and {MAX_DAYS}, not {days}")
        since = self._clock.now().date() - timedelta(days=days - 1)
        return Overview(await self._live.snapshot(), await self._history.history(since, top))

    async def live(self) -> LiveUpdate:
        version, refreshed_at = await self._history.version()
        return LiveUpdate(await self._live.snapshot(), version, refreshed_at)
