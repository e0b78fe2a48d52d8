"""The pipeline as queued steps: what a worker runs for each message, and what it queues next.

The Dramatiq actors and the embedded server's own worker both call these, so the order of the
steps lives in one place. Every step may run twice (at-least-once delivery).
"""

from collections.abc import Callable, Sequence

from application.analytics.telemetry import PipelineTelemetry
from application.ports.clock import Clock
from application.ports.credits import Credits
from application.ports.jobs import UnitOfWork
from application.ports.tasks import TaskQueue
from application.processing.classify_chunk import ClassifyChunk
from application.processing.generate_declaration import GenerateDeclaration
from application.processing.parse_product_list import ParseProductList
from application.processing.process_job import chunks_to_classify
from application.processing.progress import Progress
from application.processing.reserve_credits import ReserveCredits
from domain.errors import IllegalTransition
from domain.processing.job import JobStatus, ProcessingJob


class PipelineSteps:
    def __init__(
        self,
        parse: ParseProductList,
        reserve: ReserveCredits,
        classify: ClassifyChunk,
        generate: GenerateDeclaration,
        tasks: TaskQueue,
        uow: Callable[[], UnitOfWork],
        credits: Credits,
        progress: Progress,
        clock: Clock,
        *,
        telemetry: PipelineTelemetry | None = None,
    ) -> None:
        self._parse, self._reserve, self._classify, self._generate = parse, reserve, classify, generate
        self._tasks, self._uow, self._credits, self._progress, self._clock = tasks, uow, credits, progress, clock
        self._telemetry = telemetry

    async def prepare(self, job_id: str) -> None:
        """Parse and reserve, then one classify message per chunk; also how a job waiting for credits resumes."""
        chunks = await chunks_to_classify(self._parse, self._reserve, self._classify, job_id)
        if chunks is None:
            return
        if not chunks:
            await self._tasks.enqueue_generate(job_id)
        for chunk in chunks:
            await self._tasks.enqueue_classify(job_id, chunk)

    async def classify(self, job_id: str, chunk: int) -> None:
        """The chunk that finds every line classified queues the declaration."""
        if await self._classify(job_id, chunk):
            await self._tasks.enqueue_generate(job_id)

    async def generate(self, job_id: str) -> None:
        try:
            await self._generate(job_id)
        except IllegalTransition:
            return  # two chunks finished together and the other delivery completed the job first

    async def fail(self, job_id: str, reason: str) -> None:
        """The job cannot finish: FAILED with the reason, and its reserved credits come back."""
        async with self._uow() as uow:
            job = await uow.jobs.get(job_id, for_update=True)
            if job is None or not job.can_move_to(JobStatus.FAILED):
                return
            job.fail(reason, self._clock.now())
            await uow.jobs.save(job)
            await uow.commit()
        await self._credits.release(job.account_id, job.id)
        await self._progress.publish(job, reason)
        if self._telemetry:
            await self._telemetry.job_failed(job)

    async def recover(self, jobs: Sequence[ProcessingJob]) -> None:
        """Queues again the jobs a stopped server left half done."""
        for job in jobs:
            if job.status is JobStatus.GENERATING:
                await self._tasks.enqueue_generate(job.id)
            else:
                await self._tasks.enqueue_parse(job.id)
