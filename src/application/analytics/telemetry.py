"""What the pipeline reports as it runs: Datadog metrics for the operator and live figures for the admin panel.

One call per event, at the place in the pipeline where the event happens; see docs/adr/0007 for where each goes.
"""

from collections import Counter
from collections.abc import Sequence
from datetime import datetime

from application.ports.jobs import JobLine
from application.ports.live_figures import LiveFigures
from application.ports.metrics import Metrics
from domain.processing.job import ProcessingJob

JOBS_CREATED = "gumruk.jobs.created"
JOBS_COMPLETED = "gumruk.jobs.completed"
JOBS_FAILED = "gumruk.jobs.failed"
LINES_CLASSIFIED = "gumruk.lines.classified"  # tag source: memory | engine | agent | declared
JOB_DURATION = "gumruk.job.duration"  # milliseconds from upload to declaration
CREDITS_CONSUMED = "gumruk.credits.consumed"
QUEUE_DEPTH = "gumruk.queue.depth"


class PipelineTelemetry:
    def __init__(self, metrics: Metrics, live: LiveFigures) -> None:
        self._metrics, self._live = metrics, live

    async def job_submitted(self, job: ProcessingJob) -> None:
        self._metrics.increment(JOBS_CREATED, tags={"country": job.country})
        await self._live.job_queued(job.id)

    async def job_running(self, job: ProcessingJob) -> None:
        await self._live.job_running(job.id)

    async def lines_classified(self, lines: Sequence[JobLine]) -> None:
        """The lines a classify step just answered (memory, engine or agent), counted by where the code came from."""
        sources = Counter(ln.classification.source.value for ln in lines if ln.classification is not None)
        for source, count in sorted(sources.items()):
            self._metrics.increment(LINES_CLASSIFIED, count, {"source": source})
        await self._live.lines_classified(sum(sources.values()))

    async def job_completed(self, job: ProcessingJob, credits_charged: int) -> None:
        """Call once per job, on its first completion (not again after a re-generation)."""
        self._metrics.increment(JOBS_COMPLETED, tags={"country": job.country})
        if job.updated_at is not None:
            self._metrics.timing(JOB_DURATION, _milliseconds(job.created_at, job.updated_at))
        if credits_charged:
            self._metrics.increment(CREDITS_CONSUMED, credits_charged)
        await self._live.job_finished(job.id)

    async def job_failed(self, job: ProcessingJob) -> None:
        self._metrics.increment(JOBS_FAILED, tags={"country": job.country})
        await self._live.job_finished(job.id)

    async def queue_depth(self) -> int:
        """Reports the jobs waiting for a worker as a gauge; call it on a timer."""
        depth = (await self._live.snapshot()).jobs_queued
        self._metrics.gauge(QUEUE_DEPTH, depth)
        return depth

    async def request_served(self, account_id: str | None, failed: bool) -> None:
        if account_id is not None:
            await self._live.user_seen(account_id)
        await self._live.request_served(failed)

    async def worker_alive(self, worker_id: str) -> None:
        await self._live.worker_alive(worker_id)


def _milliseconds(start: datetime, end: datetime) -> float:
    return max(0.0, (end - start).total_seconds() * 1000)
