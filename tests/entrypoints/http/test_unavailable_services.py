"""A backing service that does not answer (Redis, PostgreSQL, S3) answers 503 with Retry-After and names the
service, in the API's JSON and on the pages; a WebSocket closes with the reason; any other error stays a 500."""

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ConnectTimeoutError, EndpointConnectionError
from dependency_injector import providers
from litestar.exceptions import WebSocketDisconnect
from litestar.testing import TestClient
from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import create_async_engine
from tests.entrypoints.http.conftest import in_memory_container, sign_up

from adapters.clock.fixed import FixedClock
from adapters.live_figures.redis_figures import RedisLiveFigures
from adapters.sessions.redis_revoked import RedisRevokedSessions
from entrypoints.http.app import create_app
from entrypoints.http.unavailable import unavailable_service

NOBODY_LISTENS = "127.0.0.1:1"
NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


@contextmanager
def app_checking_sessions_in(tmp_path: Path, revoked: Any) -> Iterator[TestClient[Any]]:
    """The app with `revoked` as its revoked sessions, which every signed-in request asks."""
    container = in_memory_container(tmp_path)
    container.revoked_sessions.override(providers.Object(revoked))
    with TestClient(create_app(container), timeout=20) as client:
        yield client


@pytest.fixture
def redis_down(tmp_path: Path) -> Iterator[TestClient[Any]]:
    """The app with its revoked sessions in a Redis that does not answer."""
    redis = Redis.from_url(f"redis://{NOBODY_LISTENS}")
    with app_checking_sessions_in(tmp_path, RedisRevokedSessions(redis, FixedClock(NOW))) as client:
        yield client


class BuggyRevokedSessions:
    """Revoked sessions with a bug of ours: a connection error of our own making is no service down."""

    async def revoke(self, session_id: str, expires_at: datetime) -> None:
        raise NotImplementedError

    async def is_revoked(self, session_id: str) -> bool:
        raise ConnectionRefusedError("not from a client of a backing service")


@pytest.fixture
def buggy(tmp_path: Path) -> Iterator[TestClient[Any]]:
    """The app over BuggyRevokedSessions, started in a fixture: starting it configures logging, which would drop
    caplog's handler in the middle of a test."""
    with app_checking_sessions_in(tmp_path, BuggyRevokedSessions()) as client:
        yield client


def test_a_signed_in_api_request_answers_503_naming_the_session_store(
    redis_down: TestClient[Any], caplog: pytest.LogCaptureFixture
) -> None:
    headers = sign_up(redis_down)
    with caplog.at_level(logging.WARNING, "gumruk.http"):
        answer = redis_down.get("/credits", headers=headers)
    assert answer.status_code == 503 and answer.headers["retry-after"] == "60"
    assert answer.json()["code"] == "service_unavailable"
    assert answer.json()["message"] == (
        "a service Gümrük depends on is not answering (the session store); try again in a minute"
    )
    [warning] = [record for record in caplog.records if record.name == "gumruk.http"]
    assert warning.levelno == logging.WARNING and warning.exc_info is None and "ConnectionError" in warning.message


def test_the_api_message_is_told_in_the_language_asked_for(redis_down: TestClient[Any]) -> None:
    headers = sign_up(redis_down) | {"Accept-Language": "ru"}
    answer = redis_down.get("/credits", headers=headers)
    assert answer.json()["message"] == (
        "не отвечает служба, от которой зависит Gümrük (хранилище сессий); повторите попытку через минуту"
    )


def test_a_signed_in_page_shows_the_503_error_page(redis_down: TestClient[Any]) -> None:
    registered = redis_down.post("/register", data={"email": "broker@example.com", "password": "correct horse"},
                                 follow_redirects=False)  # fmt: skip
    assert registered.status_code == 303
    page = redis_down.get("/dashboard", headers={"Accept-Language": "tk"})
    assert page.status_code == 503 and page.headers["retry-after"] == "60"
    assert page.headers["content-type"].startswith("text/html")
    assert "Gümrük häzir jogap berip bilmeýär" in page.text
    assert "jogap bermeýär: sessiýalar ammary." in page.text


def test_a_websocket_closes_with_the_reason(redis_down: TestClient[Any]) -> None:
    token = sign_up(redis_down)["Authorization"].removeprefix("Bearer ")
    with pytest.raises(WebSocketDisconnect) as closed, redis_down.websocket_connect(f"/ws/jobs/x?token={token}"):
        pass
    assert closed.value.code == 4503
    assert closed.value.detail == (
        "a service Gümrük depends on is not answering (the session store); try again in a minute"
    )


def test_a_request_is_answered_though_the_live_figures_cannot_count_it(tmp_path: Path) -> None:
    container = in_memory_container(tmp_path)
    redis = Redis.from_url(f"redis://{NOBODY_LISTENS}")
    container.live_figures.override(providers.Object(RedisLiveFigures(redis, FixedClock(NOW))))
    with TestClient(create_app(container), timeout=20) as client:
        assert client.get("/health").json() == {"status": "ok"}
        assert client.post("/auth/register", json={"email": "b@example.com", "password": "correct horse"}).is_success


async def test_a_database_that_refuses_the_connection_is_named() -> None:
    engine = create_async_engine(f"postgresql+asyncpg://gumruk@{NOBODY_LISTENS}/gumruk")
    with pytest.raises(ConnectionRefusedError) as refused:  # asyncpg's own, let through by SQLAlchemy
        async with engine.connect() as connection:
            await connection.execute(text("select 1"))
    await engine.dispose()
    assert unavailable_service(refused.value) == "database"


@pytest.mark.parametrize(
    ("error", "service"),
    [
        (RedisConnectionError("Error 111 connecting to 127.0.0.1:1. Connection refused."), "session_store"),
        (RedisTimeoutError("Timeout reading from socket"), "session_store"),
        (OperationalError("select 1", {}, Exception("connection is closed"), connection_invalidated=True), "database"),
        (EndpointConnectionError(endpoint_url="http://127.0.0.1:1/bucket"), "file_store"),
        (ConnectTimeoutError(endpoint_url="http://127.0.0.1:1/bucket"), "file_store"),
    ],
)
def test_a_backing_service_that_does_not_answer_is_named(error: Exception, service: str) -> None:
    assert unavailable_service(error) == service


@pytest.mark.parametrize(
    "error",
    [
        ValueError("a bug"),
        OperationalError("select 1", {}, sqlite3.OperationalError("database is locked")),
        ConnectionRefusedError("not from the database driver"),
        TimeoutError("not from the database driver"),
        FileNotFoundError("/data/nowhere"),
    ],
)
def test_any_other_error_is_no_unavailable_service(error: Exception) -> None:
    assert unavailable_service(error) is None


def test_any_other_error_still_answers_500_with_its_traceback(
    buggy: TestClient[Any], caplog: pytest.LogCaptureFixture
) -> None:
    answer = buggy.get("/credits", headers=sign_up(buggy))
    assert answer.status_code == 500 and answer.json()["code"] == "internal_error"
    assert "retry-after" not in answer.headers
    assert [record.exc_info is not None for record in caplog.records if record.name == "gumruk.http"] == [True]
    buggy.post("/sign-in", data={"email": "broker@example.com", "password": "correct horse"})
    assert buggy.get("/dashboard").status_code == 500
