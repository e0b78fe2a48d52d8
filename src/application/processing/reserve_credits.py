"""Step 2: hold the job's worst-case cost, or wait in AWAITING_CREDITS until the account tops up."""

from collections.abc import Callable

from application.analytics.telemetry import PipelineTelemetry
from application.ports.clock import Clock
from application.ports.credits import Credits
from application.ports.jobs import UnitOfWork
from application.processing.progress import Progress
from domain.processing.job import JobStatus


class ReserveCredits:
    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        credits: Credits,
        progress: Progress,
        clock: Clock,
        *,
        telemetry: PipelineTelemetry | None = None,
    ) -> None:
        self._uow, self._credits, self._progress, self._clock = uow, credits, progress, clock
        self._telemetry = telemetry

    async def __call__(self, job_id: str) -> bool:
        """True when the job is (now) MATCHING; at most one credit per distinct line is held."""
        async with self._uow() as uow:
            job = await uow.jobs.get(job_id, for_update=True)
            if job is None or job.status not in (JobStatus.PARSING, JobStatus.AWAITING_CREDITS):
                return job is not None and job.status is JobStatus.MATCHING
            cost = job.lines_distinct
            if await self._credits.reserve(job.account_id, job.id, cost):
                job.move_to(JobStatus.MATCHING, self._clock.now())
                message = f"{job.lines_total} lines read, {cost} credits reserved"
            elif job.status is JobStatus.PARSING:
                job.move_to(JobStatus.AWAITING_CREDITS, self._clock.now())
                message = f"{cost} credits needed: top up to continue"
            else:
                return False
            await uow.jobs.save(job)
            await uow.commit()
        await self._progress.publish(job, message)
        if self._telemetry and job.status is JobStatus.MATCHING:
            await self._telemetry.job_running(job)
        return job.status is JobStatus.MATCHING
