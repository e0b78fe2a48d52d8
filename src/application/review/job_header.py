"""A broker states the declaration header boxes a job's upload left out (or corrects them) before it is built."""

from collections.abc import Callable

from application.ports.activity import Activity, ActivityLog
from application.ports.clock import Clock
from application.ports.jobs import UnitOfWork
from application.review.errors import NotReviewable
from application.review.job_results import JobResults
from domain.declaration.header import DeclarationHeader
from domain.processing.job import JobStatus, ProcessingJob


class ChangeJobHeader:
    def __init__(self, results: JobResults, uow: Callable[[], UnitOfWork], activity: ActivityLog, clock: Clock) -> None:
        self._results, self._uow, self._activity, self._clock = results, uow, activity, clock

    async def __call__(self, account_id: str, job_id: str, header: DeclarationHeader) -> ProcessingJob:
        """The job with its new header; POST .../declaration afterwards builds the declaration with it."""
        job = await self._results.job(account_id, job_id)
        if job.status is JobStatus.FAILED:
            raise NotReviewable(f"job {job_id} failed: upload the list again")
        async with self._uow() as uow:
            job = await uow.jobs.get(job_id, for_update=True) or job
            job.header = header
            await uow.jobs.save(job)
            await uow.commit()
        await self._activity.record(Activity(account_id, "header", self._clock.now(), job_id,
                                             {"missing": str(len(header.missing))}))  # fmt: skip
        return job
