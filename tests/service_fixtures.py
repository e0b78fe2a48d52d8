"""Fixtures for the real services: PostgreSQL, Redis and S3 (moto) on loopback.

A test that needs PostgreSQL or Redis skips with the reason when it is unreachable, except under CI=true,
where it fails: CI has the services, so their absence is a broken build, not a reason to skip.
"""

import os
import socket
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, NoReturn
from urllib.parse import urlparse

import pytest

if TYPE_CHECKING:
    from redis.asyncio import Redis

POSTGRES_URL = os.environ.get("GUMRUK_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("GUMRUK_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def _reachable(url: str, default_port: int) -> bool:
    parts = urlparse(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or default_port), timeout=1):
            return True
    except OSError:
        return False


def unavailable(message: str, variable: str) -> NoReturn:
    """A service the test needs is missing: skip, or fail under CI=true where the services must be there."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{message} (CI=true: the service must be there)")
    pytest.skip(f"{message}: start it, or set {variable}, to run this test")


def require(url: str, default_port: int, what: str) -> str:
    if not _reachable(url, default_port):
        unavailable(f"{what} is not reachable at {url}", f"GUMRUK_TEST_{what.upper()}_URL")
    return url


@pytest.fixture
def redis_url() -> Iterator[str]:
    """A Redis database flushed before and after the test."""
    from redis import Redis

    url = require(REDIS_URL, 6379, "Redis")
    client = Redis.from_url(url)
    client.flushdb()
    yield url
    client.flushdb()
    client.close()


@pytest.fixture
def fresh_postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for the test, dropped afterwards."""
    import asyncio

    import asyncpg

    base = require(POSTGRES_URL, 5432, "PostgreSQL")
    name = f"gumruk_test_{uuid.uuid4().hex[:12]}"
    plain = base.replace("postgresql+asyncpg://", "postgresql://")

    async def admin(statement: str) -> None:
        connection = await asyncpg.connect(plain)
        try:
            await connection.execute(statement)
        finally:
            await connection.close()

    asyncio.run(admin(f'CREATE DATABASE "{name}"'))
    yield base.rsplit("/", 1)[0] + f"/{name}"
    asyncio.run(admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def moto_endpoint() -> Iterator[str]:
    """moto's S3 HTTP API on a free loopback port, with dummy credentials in the environment."""
    from moto.server import ThreadedMotoServer

    for name, value in (("AWS_ACCESS_KEY_ID", "testing"), ("AWS_SECRET_ACCESS_KEY", "testing"),
                        ("AWS_DEFAULT_REGION", "us-east-1")):  # fmt: skip
        os.environ.setdefault(name, value)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@asynccontextmanager
async def redis_under_own_prefix() -> AsyncIterator[tuple["Redis", str]]:
    """An async client of the test Redis and a key prefix of the test's own, whose keys are deleted afterwards."""
    from redis.asyncio import Redis
    from redis.exceptions import ConnectionError as RedisConnectionError

    client = Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        await client.ping()
    except (RedisConnectionError, OSError) as error:
        await client.aclose()
        unavailable(f"Redis is not reachable at {REDIS_URL} ({error})", "GUMRUK_TEST_REDIS_URL")
    prefix = f"gumruk:test:{uuid.uuid4().hex}:"
    try:
        yield client, prefix
    finally:
        keys = [key async for key in client.scan_iter(match=prefix + "*")]
        if keys:
            await client.delete(*keys)
        await client.aclose()
