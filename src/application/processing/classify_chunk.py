"""Step 3: classify one chunk of a job's lines: the account's memory first, then the classifier."""

from collections.abc import Callable

from application.analytics.telemetry import PipelineTelemetry
from application.ports.classifier import Classifier, ClassifierReadiness, NationalLines
from application.ports.jobs import JobLine, UnitOfWork
from application.ports.memory import ClassificationMemory
from application.processing.line_keys import description_key
from application.processing.memory_first import memory_first
from application.processing.progress import Progress
from domain.classification.candidate import Classification
from domain.processing.job import JobStatus


class ClassifyChunk:
    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        memory: ClassificationMemory,
        classifier: Classifier,
        progress: Progress,
        chunk_lines: int = 500,
        top: int = 5,
        *,
        telemetry: PipelineTelemetry | None = None,
        national_lines: NationalLines | None = None,
        readiness: ClassifierReadiness | None = None,
    ) -> None:
        self._uow, self._memory, self._classifier, self._progress = uow, memory, classifier, progress
        self.chunk_lines, self._top, self._telemetry = chunk_lines, top, telemetry
        self._national_lines = national_lines  # settles the tariff line of what memory recalls
        self._readiness = readiness  # says so while the classifier still loads its index

    async def chunks(self, job_id: str) -> range:
        """The chunk numbers of a job, for fanning out over workers."""
        async with self._uow() as uow:
            job = await uow.jobs.get(job_id)
        total = job.lines_total if job else 0
        return range((total + self.chunk_lines - 1) // self.chunk_lines)

    async def __call__(self, job_id: str, chunk: int) -> bool:
        """True when every line of the job is classified after this chunk; idempotent."""
        async with self._uow() as uow:
            job = await uow.jobs.get(job_id)
            if job is None or job.status is not JobStatus.MATCHING:
                return False
            first = chunk * self.chunk_lines + 1
            lines = await uow.jobs.lines(job_id, first_row=first, limit=self.chunk_lines)
            todo = [line for line in lines if line.classification is None]
            originals = await uow.jobs.lines_at(job_id, [ln.duplicate_of for ln in todo if ln.duplicate_of])
        if todo:
            if self._readiness and (waiting := self._readiness.waiting_for()):
                await self._progress.publish(job, waiting)  # else the job sits at 10 % for minutes, saying nothing
            await self._classify(job.account_id, todo, originals)
            async with self._uow() as uow:
                await uow.jobs.put_lines(job_id, todo)
                await uow.commit()
            if self._telemetry:
                await self._telemetry.lines_classified(todo)
        async with self._uow() as uow:
            job = await uow.jobs.get(job_id, for_update=True)
            if job is None or job.status is not JobStatus.MATCHING:
                return False
            job.lines_done = await uow.jobs.count_classified(job_id)
            await uow.jobs.save(job)
            await uow.commit()
        await self._progress.publish(job, f"{job.lines_done} of {job.lines_total} lines classified")
        return job.lines_done >= job.lines_total

    async def _classify(self, account_id: str, lines: list[JobLine], originals: list[JobLine]) -> None:
        """Each distinct description is looked up once: earlier rows, then memory, then the classifier."""
        found: dict[str, Classification] = {
            description_key(ln.line.description): ln.classification for ln in originals if ln.classification
        }
        pending = [ln.line for ln in lines if description_key(ln.line.description) not in found]
        found.update(await memory_first(self._memory, self._classifier, account_id, pending, self._top,
                                        self._national_lines))  # fmt: skip
        for line in lines:
            line.classification = found[description_key(line.line.description)]
