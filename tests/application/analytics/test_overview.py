from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import pytest

from adapters.clock.fixed import FixedClock
from adapters.live_figures.in_memory import InMemoryLiveFigures
from application.analytics.history import History, Quality, Speed
from application.analytics.overview import AnalyticsOverview
from application.errors import Invalid

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
REFRESHED = datetime(2026, 11, 25, 9, 25, tzinfo=UTC)


@dataclass
class RecordedHistory:
    """Answers an empty history and notes what it was asked."""

    asked: list[tuple[date, int]] = field(default_factory=list)

    async def history(self, since: date, top: int = 10) -> History:
        self.asked.append((since, top))
        return History(since, REFRESHED, 7, [], [], [], Quality(0, 0.0, None), Speed(0, None, None, None, None), [])

    async def version(self) -> tuple[int, datetime | None]:
        return 7, REFRESHED


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


async def test_the_overview_puts_the_live_figures_beside_the_history_of_the_days_asked(clock: FixedClock) -> None:
    live, history = InMemoryLiveFigures(clock), RecordedHistory()
    await live.user_seen("acc-1")
    await live.job_queued("job-1")

    overview = await AnalyticsOverview(live, history, clock)(days=7, top=5)

    assert history.asked == [(date(2026, 11, 19), 5)]
    assert (overview.live.active_users_5m, overview.live.jobs_queued) == (1, 1)
    assert overview.history.version == 7


async def test_the_live_update_carries_the_read_model_version(clock: FixedClock) -> None:
    update = await AnalyticsOverview(InMemoryLiveFigures(clock), RecordedHistory(), clock).live()

    assert (update.history_version, update.refreshed_at, update.live.at) == (7, REFRESHED, NOW)


@pytest.mark.parametrize("days", [0, 367])
async def test_days_out_of_range_are_refused_with_the_range(clock: FixedClock, days: int) -> None:
    overview = AnalyticsOverview(InMemoryLiveFigures(clock), RecordedHistory(), clock)

    with pytest.raises(Invalid, match="between 1 and 366"):
        await overview(days=days)
