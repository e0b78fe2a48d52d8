"""The sessions' contracts (failed sign-ins, revoked sessions) run on the in-memory twins and on a real Redis
(127.0.0.1:6379 or GUMRUK_TEST_REDIS_URL).

Each Redis case works under its own key prefix and deletes its keys afterwards. Without Redis the Redis cases
skip, except under CI=true, where they fail.
"""

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from tests.service_fixtures import redis_under_own_prefix

from adapters.clock.fixed import FixedClock
from adapters.sessions.in_memory_failures import InMemorySignInFailures
from adapters.sessions.in_memory_revoked import InMemoryRevokedSessions
from adapters.sessions.redis_failures import RedisSignInFailures
from adapters.sessions.redis_revoked import RedisRevokedSessions
from application.ports.revoked_sessions import RevokedSessions
from application.ports.sign_in_failures import SignInFailures

BACKENDS = ["memory", pytest.param("redis", marks=pytest.mark.services)]


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 28, 9, 30, 0, 250_000, tzinfo=UTC))


@pytest.fixture(params=BACKENDS)
async def failures(request: pytest.FixtureRequest, clock: FixedClock) -> AsyncIterator[SignInFailures]:
    if request.param == "memory":
        yield InMemorySignInFailures(clock)
        return
    async with redis_under_own_prefix() as (client, prefix):
        yield RedisSignInFailures(client, clock, prefix=prefix)


@pytest.fixture(params=BACKENDS)
async def revoked(request: pytest.FixtureRequest, clock: FixedClock) -> AsyncIterator[RevokedSessions]:
    if request.param == "memory":
        yield InMemoryRevokedSessions(clock)
        return
    async with redis_under_own_prefix() as (client, prefix):
        yield RedisRevokedSessions(client, clock, prefix=prefix)
