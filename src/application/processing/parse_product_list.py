"""Step 1: the stored file becomes validated product lines of the job."""

from collections.abc import Callable

from application.ports.clock import Clock
from application.ports.jobs import JobLine, UnitOfWork
from application.ports.reader import ProductListReader, UnusableFile
from application.ports.storage import FileStorage
from application.processing.line_keys import description_key
from application.processing.progress import Progress
from domain.goods.problems import RowProblem
from domain.goods.product_list import ProductList
from domain.processing.job import JobStatus


class ParseProductList:
    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        storage: FileStorage,
        reader: ProductListReader,
        progress: Progress,
        clock: Clock,
    ) -> None:
        self._uow, self._storage, self._reader = uow, storage, reader
        self._progress, self._clock = progress, clock

    async def __call__(self, job_id: str) -> bool:
        """True when the job has lines and may go on to classification; idempotent."""
        async with self._uow() as uow:
            job = await uow.jobs.get(job_id, for_update=True)
            if job is None or job.status not in (JobStatus.PENDING, JobStatus.PARSING):
                return job is not None and job.status is not JobStatus.FAILED
            if job.status is JobStatus.PENDING:
                job.move_to(JobStatus.PARSING, self._clock.now())
                await uow.jobs.save(job)
                await uow.commit()
        await self._progress.publish(job, "reading the product list")
        try:
            listing = self._reader.read(self._storage.get(job.storage_key), job.filename)
        except UnusableFile as error:
            return await self._fail(job_id, [RowProblem(None, None, str(error))])
        if listing.errors:
            return await self._fail(job_id, listing.all_problems())
        await self._store(job_id, listing)
        return True

    async def _store(self, job_id: str, listing: ProductList) -> None:
        first_row_of: dict[str, int] = {}
        lines = []
        for line in listing.lines:
            key = description_key(line.description)
            original = first_row_of.setdefault(key, line.row)
            lines.append(JobLine(line, duplicate_of=None if original == line.row else original))
        async with self._uow() as uow:
            job = await uow.jobs.get(job_id, for_update=True)
            if job is None or job.status is not JobStatus.PARSING:
                return
            await uow.jobs.put_lines(job_id, lines)
            job.lines_total = len(lines)
            job.lines_distinct = len(first_row_of)
            job.problems = listing.all_problems()
            await uow.jobs.save(job)
            await uow.commit()

    async def _fail(self, job_id: str, problems: list[RowProblem]) -> bool:
        async with self._uow() as uow:
            job = await uow.jobs.get(job_id, for_update=True)
            if job is None or not job.can_move_to(JobStatus.FAILED):
                return False
            errors = sum(1 for p in problems if p.severity == "error")
            job.fail(f"the product list has {errors} problem(s) to fix", self._clock.now())
            job.problems = problems
            await uow.jobs.save(job)
            await uow.commit()
        await self._progress.publish(job, job.failure_reason or "failed")
        return False
