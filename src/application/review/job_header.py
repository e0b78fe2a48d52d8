"""A broker states the declaration header boxes a job's upload left out (or corrects them); the declaration is
then built again with them, so the job never shows a new header beside an old declaration: until a build with
them validates, the one before is outdated and not served."""

from collections.abc import Callable

from application.ports.activity import Activity, ActivityLog
from application.ports.clock import Clock
from application.ports.jobs import UnitOfWork
from application.review.errors import NotReviewable
from application.review.job_results import JobResults
from application.review.regenerate import RegenerateDeclaration
from domain.declaration.header import DeclarationHeader
from domain.processing.job import JobStatus, ProcessingJob

HeaderChange = Callable[[ProcessingJob], DeclarationHeader]  # the job as locked -> its new header


class ChangeJobHeader:
    def __init__(
        self,
        results: JobResults,
        uow: Callable[[], UnitOfWork],
        regenerate: RegenerateDeclaration,
        activity: ActivityLog,
        clock: Clock,
    ) -> None:
        self._results, self._uow, self._regenerate = results, uow, regenerate
        self._activity, self._clock = activity, clock

    async def __call__(self, account_id: str, job_id: str, change: HeaderChange) -> ProcessingJob:
        """The job with its new header, applied to the job as locked (two changes at once both count), and its
        declaration built again when the job has completed."""
        job = await self._results.job(account_id, job_id)
        if job.status is JobStatus.FAILED:
            raise NotReviewable(f"job {job_id} failed: upload the list again")
        async with self._uow() as uow:
            job = await uow.jobs.get(job_id, for_update=True) or job
            header = change(job)
            job.declaration_outdated = job.declaration_outdated or header != job.header
            job.header = header
            await uow.jobs.save(job)
            await uow.commit()
        missing = len(job.header.missing)
        await self._activity.record(
            Activity(account_id, "header", self._clock.now(), job_id, {"missing": str(missing)})
        )
        if job.status is JobStatus.COMPLETED:
            await self._regenerate(account_id, job_id)
        return await self._results.job(account_id, job_id)
