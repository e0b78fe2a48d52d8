"""The server's analytics chores: a completed job reaches the history in seconds, the embedded worker counts as
a worker, and with separate workers the completion heard on Redis triggers the refresh."""

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from litestar.testing import TestClient
from redis.asyncio import Redis
from tests.entrypoints.http.conftest import embedded_app, sign_in_admin, sign_up, upload, wait_for
from tests.service_fixtures import redis_url

from adapters.clock.system import SystemClock
from adapters.live_figures.in_memory import InMemoryLiveFigures
from adapters.metrics.in_memory import RecordedMetrics
from adapters.progress.job_channel import encode_event, job_channel
from application.analytics.telemetry import PipelineTelemetry
from application.ports.progress import ProgressEvent
from entrypoints.container import Container
from entrypoints.http.analytics_tasks import AnalyticsTasks

__all__ = ["redis_url"]


@pytest.fixture
def embedded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[TestClient[Any], Any]]:
    with embedded_app(tmp_path / "data", monkeypatch) as served:
        yield served


def test_a_completed_job_reaches_the_history_within_seconds(embedded: tuple[TestClient[Any], Any]) -> None:
    client, container = embedded
    admin = sign_in_admin(client, container)
    before = client.get("/admin/analytics/overview?days=1", headers=admin).json()
    assert sum(day["jobs"] for day in before["history"]["days"]) == 0
    broker = sign_up(client)
    job = upload(client, broker).json()["job_id"]
    assert wait_for(client, broker, job)["status"] == "COMPLETED"
    deadline = time.monotonic() + 20  # the refresh waits a second after the nudge for more completions
    while True:
        overview = client.get("/admin/analytics/overview?days=1", headers=admin).json()
        if sum(day["jobs_completed"] for day in overview["history"]["days"]) == 1:
            break
        assert time.monotonic() < deadline, overview["history"]
        time.sleep(0.2)
    assert overview["history"]["version"] > before["history"]["version"]
    assert overview["live"]["workers"] == 1  # the in-process worker's heartbeat
    assert overview["live"]["active_users_5m"] == 2


def test_the_pipeline_reports_to_the_live_figures_in_the_service_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("GUMRUK_REDIS_URL", "GUMRUK_S3_BUCKET", "GUMRUK_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    assert Container.for_command_line(data_dir=tmp_path).submit_product_list()._telemetry is None
    service = Container.for_service(tmp_path / "service")
    telemetry = service.telemetry()
    for use_case in ("submit_product_list", "parse_product_list", "reserve_credits", "classify_chunk",
                     "generate_declaration", "pipeline_steps"):  # fmt: skip
        assert getattr(service, use_case)()._telemetry is telemetry, use_case


@pytest.mark.services
async def test_a_completion_published_on_redis_refreshes_the_read_model(redis_url: str) -> None:
    refreshed = asyncio.Event()
    refreshes: list[float] = []

    class ReadModel:
        async def refresh(self) -> None:
            refreshes.append(time.monotonic())
            if len(refreshes) > 1:  # the first run is the one at start
                refreshed.set()

    telemetry = PipelineTelemetry(RecordedMetrics(), InMemoryLiveFigures(SystemClock()))
    tasks = AnalyticsTasks(telemetry, ReadModel(), redis_url=redis_url)  # type: ignore[arg-type]
    await tasks.start()
    try:
        publisher = Redis.from_url(redis_url)
        event = ProgressEvent("job-1", "COMPLETED", 100, 3, 3, "declaration ready", "/processing/jobs/job-1/xml")
        deadline = time.monotonic() + 10
        while not refreshed.is_set():
            await publisher.publish(job_channel("job-1"), encode_event(event))
            await asyncio.sleep(0.3)
            assert time.monotonic() < deadline, refreshes
        await publisher.aclose()
    finally:
        await tasks.stop()
