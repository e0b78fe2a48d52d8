"""The live-figures contract runs on the in-memory twin and on a real Redis (127.0.0.1:6379 or GUMRUK_TEST_REDIS_URL).

Each Redis case works under its own key prefix and deletes its keys afterwards. Without Redis the Redis cases
skip, except under CI=true, where they fail.
"""

import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from tests.service_fixtures import REDIS_URL, unavailable

from adapters.clock.fixed import FixedClock
from adapters.live_figures.in_memory import InMemoryLiveFigures
from adapters.live_figures.redis_figures import RedisLiveFigures
from application.ports.live_figures import LiveFigures


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 25, 9, 30, 0, 250_000, tzinfo=UTC))


async def _redis() -> Redis:
    client = Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        await client.ping()
    except (RedisConnectionError, OSError) as error:
        await client.aclose()
        unavailable(f"Redis is not reachable at {REDIS_URL} ({error})", "GUMRUK_TEST_REDIS_URL")
    return client


@pytest.fixture(params=["memory", pytest.param("redis", marks=pytest.mark.services)])
async def figures(request: pytest.FixtureRequest, clock: FixedClock) -> AsyncIterator[LiveFigures]:
    if request.param == "memory":
        yield InMemoryLiveFigures(clock)
        return
    client = await _redis()
    prefix = f"gumruk:test:{uuid.uuid4().hex}:"
    try:
        yield RedisLiveFigures(client, clock, prefix=prefix)
    finally:
        keys = [key async for key in client.scan_iter(match=prefix + "*")]
        if keys:
            await client.delete(*keys)
        await client.aclose()
