"""The live-figures contract runs on the in-memory twin and on a real Redis (127.0.0.1:6379 or GUMRUK_TEST_REDIS_URL).

Each Redis case works under its own key prefix and deletes its keys afterwards. Without Redis the Redis cases
skip, except under CI=true, where they fail.
"""

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from tests.service_fixtures import redis_under_own_prefix

from adapters.clock.fixed import FixedClock
from adapters.live_figures.in_memory import InMemoryLiveFigures
from adapters.live_figures.redis_figures import RedisLiveFigures
from application.ports.live_figures import LiveFigures


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 25, 9, 30, 0, 250_000, tzinfo=UTC))


@pytest.fixture(params=["memory", pytest.param("redis", marks=pytest.mark.services)])
async def figures(request: pytest.FixtureRequest, clock: FixedClock) -> AsyncIterator[LiveFigures]:
    if request.param == "memory":
        yield InMemoryLiveFigures(clock)
        return
    async with redis_under_own_prefix() as (client, prefix):
        yield RedisLiveFigures(client, clock, prefix=prefix)
