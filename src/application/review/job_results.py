"""What an account may see of its jobs; another account's ids are simply not found."""

from collections.abc import Callable

from application.ports.activity import Activity, ActivityLog
from application.ports.clock import Clock
from application.ports.job_listing import JobListing
from application.ports.jobs import JobLine, UnitOfWork
from application.ports.storage import FileStorage
from application.review.download_names import download_name
from application.review.errors import DeclarationNotReady, DeclarationOutdated, JobNotFound
from domain.processing.job import ProcessingJob


def report_key(job_id: str) -> str:
    """Where GenerateDeclaration stores the per-line report."""
    return f"jobs/{job_id}/report.csv"


class JobResults:
    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        listing: JobListing,
        storage: FileStorage,
        activity: ActivityLog,
        clock: Clock,
    ) -> None:
        self._uow, self._listing, self._storage = uow, listing, storage
        self._activity, self._clock = activity, clock

    async def job(self, account_id: str, job_id: str) -> ProcessingJob:
        async with self._uow() as uow:
            job = await uow.jobs.get(job_id)
        if job is None or job.account_id != account_id:
            raise JobNotFound(f"no job {job_id}")
        return job

    async def page(self, account_id: str, offset: int, limit: int) -> tuple[list[ProcessingJob], int]:
        """The account's jobs, newest first, and how many there are in all."""
        jobs = await self._listing.of_account(account_id, offset, limit)
        return jobs, await self._listing.count_of_account(account_id)

    async def lines(self, account_id: str, job_id: str, first_row: int, limit: int) -> list[JobLine]:
        await self.job(account_id, job_id)
        async with self._uow() as uow:
            return await uow.jobs.lines(job_id, first_row=first_row, limit=limit)

    async def declaration(self, account_id: str, job_id: str, part: int = 1) -> tuple[str, bytes]:
        """The file name (after the uploaded list's) and XML of one part (a list past 999 items has several)."""
        job, key = await self._part(account_id, job_id, part)
        await self._record(account_id, "download", job_id, key)
        return download_name(job.filename, key.rsplit("/", 1)[-1]), self._storage.get(key)

    async def declaration_xml(self, account_id: str, job_id: str, part: int) -> tuple[ProcessingJob, bytes]:
        """The job and one part's XML, for a look at it on the page: not a download, so not logged as one."""
        job, key = await self._part(account_id, job_id, part)
        return job, self._storage.get(key)

    async def _part(self, account_id: str, job_id: str, part: int) -> tuple[ProcessingJob, str]:
        """The job and where its part is stored; DeclarationNotReady (or Outdated) when it is not to be served."""
        job = await self.job(account_id, job_id)
        if not job.declaration_keys:
            raise DeclarationNotReady(f"job {job_id} has no declaration yet ({job.status})")
        _refuse_outdated(job)
        if not 1 <= part <= len(job.declaration_keys):
            raise DeclarationNotReady(f"job {job_id} has {len(job.declaration_keys)} part(s), not a part {part}")
        return job, job.declaration_keys[part - 1]

    async def report(self, account_id: str, job_id: str, workbook: bool = False) -> tuple[str, bytes]:
        """The file name and CSV of the per-line report; `workbook`: it is downloaded as the Excel report made of it,
        which the activity log names."""
        job = await self.job(account_id, job_id)
        _refuse_outdated(job)
        key = report_key(job_id)
        if not self._storage.exists(key):
            raise DeclarationNotReady(f"job {job_id} has no line report yet")
        downloaded = key.removesuffix(".csv") + ".xlsx" if workbook else key
        await self._record(account_id, "download", job_id, downloaded)
        return download_name(job.filename, "report.csv"), self._storage.get(key)

    async def _record(self, account_id: str, action: str, job_id: str, key: str) -> None:
        await self._activity.record(Activity(account_id, action, self._clock.now(), job_id, {"file": key}))


def _refuse_outdated(job: ProcessingJob) -> None:
    """Neither the XML nor the report of a declaration built before a correction is served: it could be filed."""
    if job.declaration_outdated:
        raise DeclarationOutdated(
            f"job {job.id}: the lines or the header changed after the declaration was built: build it again "
            f"(POST /processing/jobs/{job.id}/declaration), then download it"
        )
