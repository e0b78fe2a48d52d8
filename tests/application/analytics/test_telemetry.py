from datetime import UTC, datetime, timedelta

import pytest

from adapters.clock.fixed import FixedClock
from adapters.live_figures.in_memory import InMemoryLiveFigures
from adapters.metrics.in_memory import RecordedMetrics
from application.analytics.telemetry import PipelineTelemetry
from application.ports.jobs import JobLine
from domain.classification.candidate import Candidate, Classification, Source
from domain.goods.product_line import ProductLine
from domain.processing.job import JobStatus, ProcessingJob

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


def a_job(status: JobStatus = JobStatus.PENDING, seconds: int = 0) -> ProcessingJob:
    job = ProcessingJob("job-1", "acc-1", "list.csv", "jobs/job-1/source", "TM", NOW, status, lines_total=3)
    job.updated_at = NOW + timedelta(seconds=seconds)
    return job


def line(row: int, source: Source | None) -> JobLine:
    result = Classification([Candidate("847130", 0.9, "")], source) if source else None
    return JobLine(ProductLine(row, "laptop"), result)


async def test_a_job_is_counted_created_running_then_completed_with_its_duration_and_credits(
    clock: FixedClock,
) -> None:
    metrics, live = RecordedMetrics(), InMemoryLiveFigures(clock)
    telemetry = PipelineTelemetry(metrics, live)

    await telemetry.job_submitted(a_job())
    assert (await live.snapshot()).jobs_queued == 1
    await telemetry.job_running(a_job(JobStatus.MATCHING))
    assert (await live.snapshot()).jobs_running == 1
    await telemetry.job_completed(a_job(JobStatus.COMPLETED, seconds=42), credits_charged=2)

    assert metrics.total("gumruk.jobs.created", country="TM") == 1
    assert metrics.total("gumruk.jobs.completed") == 1
    assert metrics.total("gumruk.job.duration") == 42_000
    assert metrics.total("gumruk.credits.consumed") == 2
    snapshot = await live.snapshot()
    assert (snapshot.jobs_queued, snapshot.jobs_running) == (0, 0)


async def test_classified_lines_are_counted_by_source_and_feed_the_lines_per_second(clock: FixedClock) -> None:
    metrics, live = RecordedMetrics(), InMemoryLiveFigures(clock)

    await PipelineTelemetry(metrics, live).lines_classified(
        [line(1, Source.MEMORY), line(2, Source.ENGINE), line(3, Source.ENGINE), line(4, None)]
    )

    assert metrics.total("gumruk.lines.classified", source="memory") == 1
    assert metrics.total("gumruk.lines.classified", source="engine") == 2
    assert (await live.snapshot()).lines_per_second == pytest.approx(0.3)


async def test_a_failed_job_leaves_the_running_figure(clock: FixedClock) -> None:
    metrics, live = RecordedMetrics(), InMemoryLiveFigures(clock)
    telemetry = PipelineTelemetry(metrics, live)
    await telemetry.job_running(a_job(JobStatus.MATCHING))

    await telemetry.job_failed(a_job(JobStatus.FAILED))

    assert metrics.total("gumruk.jobs.failed") == 1
    assert (await live.snapshot()).jobs_running == 0


async def test_queue_depth_requests_and_workers(clock: FixedClock) -> None:
    metrics, live = RecordedMetrics(), InMemoryLiveFigures(clock)
    telemetry = PipelineTelemetry(metrics, live)
    for job_id in ("a", "b"):
        await live.job_queued(job_id)
    await telemetry.request_served("acc-1", failed=False)
    await telemetry.request_served(None, failed=True)
    await telemetry.worker_alive("worker-1")

    assert await telemetry.queue_depth() == 2

    assert [s.value for s in metrics.samples if s.name == "gumruk.queue.depth"] == [2]
    snapshot = await live.snapshot()
    assert (snapshot.active_users_5m, snapshot.requests, snapshot.errors, snapshot.workers) == (1, 2, 1, 1)
