"""The analytics endpoints on a small app: administrators only, the overview as JSON, live figures pushed."""

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from litestar import Litestar, get
from litestar.di import Provide
from litestar.enums import ScopeType
from litestar.exceptions import WebSocketDisconnect
from litestar.middleware import DefineMiddleware
from litestar.testing import TestClient

from adapters.analytics.duckdb_history import DuckDbAnalyticsHistory
from adapters.clock.fixed import FixedClock
from adapters.live_figures.in_memory import InMemoryLiveFigures
from adapters.metrics.in_memory import RecordedMetrics
from application.accounts.errors import NotAuthenticated
from application.analytics.overview import AnalyticsOverview
from application.analytics.telemetry import PipelineTelemetry
from domain.accounts.account import Account, Role
from entrypoints.http.analytics_controller import RequestFigures, make_analytics_controller
from entrypoints.http.auth import BearerAuthentication

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
PEOPLE = {
    "admin-token": Account("admin-1", "admin@example.tm", "hash", NOW, Role.ADMIN),
    "broker-token": Account("broker-1", "broker@example.tm", "hash", NOW),
}


async def authenticate(token: str) -> Account:
    if token not in PEOPLE:
        raise NotAuthenticated("unknown token")
    return PEOPLE[token]


@get("/boom")
async def boom() -> None:
    raise RuntimeError("a bug")


@pytest.fixture
def live() -> InMemoryLiveFigures:
    return InMemoryLiveFigures(FixedClock(NOW))


@pytest.fixture
def client(live: InMemoryLiveFigures, tmp_path: Path) -> Iterator[TestClient[Litestar]]:
    overview = AnalyticsOverview(live, DuckDbAnalyticsHistory(tmp_path), FixedClock(NOW))
    app = Litestar(
        route_handlers=[*make_analytics_controller(push_seconds=0.05), boom],
        dependencies={"analytics_overview": Provide(lambda: overview, sync_to_thread=False)},
        middleware=[
            RequestFigures(PipelineTelemetry(RecordedMetrics(), live)),
            DefineMiddleware(BearerAuthentication, authenticate=authenticate, exclude=["^/health$"],
                             scopes={ScopeType.HTTP, ScopeType.WEBSOCKET}),
        ],
    )  # fmt: skip
    with TestClient(app) as test_client:
        yield test_client


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_an_administrator_gets_live_figures_and_history(
    client: TestClient[Litestar], live: InMemoryLiveFigures
) -> None:
    asyncio.run(live.job_queued("job-1"))

    response = client.get("/admin/analytics/overview?days=7", headers=bearer("admin-token"))

    assert response.status_code == 200
    body = response.json()
    assert body["live"]["jobs_queued"] == 1
    assert body["history"]["since"] == "2026-11-19"
    assert body["history"]["version"] == 0


def test_a_broker_is_refused_the_overview_and_the_metrics_socket(client: TestClient[Litestar]) -> None:
    assert client.get("/admin/analytics/overview", headers=bearer("broker-token")).status_code == 403
    with (
        pytest.raises(WebSocketDisconnect) as refused,
        client.websocket_connect("/ws/admin/metrics?token=broker-token") as socket,
    ):
        socket.receive_json()
    assert refused.value.detail == "only an administrator may do this"


def test_days_outside_one_to_366_are_a_validation_error(client: TestClient[Litestar]) -> None:
    assert client.get("/admin/analytics/overview?days=0", headers=bearer("admin-token")).status_code == 400


def test_the_metrics_socket_pushes_the_live_figures_again_and_again(
    client: TestClient[Litestar], live: InMemoryLiveFigures
) -> None:
    with client.websocket_connect("/ws/admin/metrics?token=admin-token") as socket:
        first = socket.receive_json()
        asyncio.run(live.worker_alive("worker-1"))
        second = socket.receive_json()
        while second["live"]["workers"] == 0:
            second = socket.receive_json()

    assert (first["history_version"], first["live"]["workers"]) == (0, 0)
    assert second["live"]["workers"] == 1


def test_requests_feed_the_active_users_and_the_error_rate(
    client: TestClient[Litestar], live: InMemoryLiveFigures
) -> None:
    client.get("/admin/analytics/overview", headers=bearer("admin-token"))
    client.get("/admin/analytics/overview", headers=bearer("broker-token"))
    client.get("/boom", headers=bearer("broker-token"))
    client.get("/admin/analytics/overview")

    snapshot = asyncio.run(live.snapshot())
    assert (snapshot.active_users_5m, snapshot.requests, snapshot.errors) == (2, 4, 1)
