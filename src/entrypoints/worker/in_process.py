"""The embedded server's worker: asyncio tasks in the server's own loop drain the in-process queue."""

import asyncio
import contextlib
import logging
from collections.abc import Callable

from adapters.tasks.in_process import InProcessTaskQueue, Step, Task
from application.pipeline.steps import PipelineSteps
from application.ports.classifier import ClassifierReadiness
from application.ports.job_listing import JobListing

log = logging.getLogger("gumruk.worker")


class InProcessWorker:
    def __init__(
        self,
        queue: InProcessTaskQueue,
        steps: PipelineSteps,
        listing: JobListing,
        concurrency: int = 1,
        max_attempts: int = 3,
        retry_delay: float = 2.0,
        readiness: ClassifierReadiness | None = None,
    ) -> None:
        """`readiness`: while the classifier loads its index, one classify step waits for it and the others are
        put back a while, so the other runners go on reading and declaring other jobs."""
        self._queue, self._steps, self._listing = queue, steps, listing
        self._concurrency, self._max_attempts, self._retry_delay = concurrency, max_attempts, retry_delay
        self._readiness, self._classifying = readiness, 0
        self._runners: list[asyncio.Task[None]] = []
        self._retries: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        """Queues again what a previous run left half done, then starts draining."""
        await self._steps.recover(await self._listing.unfinished())
        self._runners = [asyncio.create_task(self._drain()) for _ in range(self._concurrency)]

    async def stop(self) -> None:
        for task in [*self._runners, *self._retries]:
            task.cancel()
        for task in [*self._runners, *self._retries]:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._runners, self._retries = [], set()

    async def idle(self) -> None:
        """Returns once every queued step (and what it queued) has run."""
        while True:
            await self._queue.pending.join()
            if not self._retries:
                return
            await asyncio.gather(*self._retries, return_exceptions=True)

    async def _drain(self) -> None:
        while True:
            task = await self._queue.pending.get()
            try:
                await self._run(task)
            except Exception as error:
                await self._failed(task, error)
            finally:
                self._queue.pending.task_done()

    async def _run(self, task: Task) -> None:
        if task.step is Step.PARSE:
            await self._steps.prepare(task.job_id)
        elif task.step is Step.CLASSIFY:
            if self._classifying and self._readiness and self._readiness.waiting_for():
                self._later(lambda: self._queue.put_back(task), self._retry_delay)
                return
            self._classifying += 1
            try:
                await self._steps.classify(task.job_id, task.chunk)
            finally:
                self._classifying -= 1
        else:
            await self._steps.generate(task.job_id)

    async def _failed(self, task: Task, error: Exception) -> None:
        log.exception("%s of job %s failed (attempt %d)", task.step, task.job_id, task.attempt, exc_info=error)
        if task.attempt >= self._max_attempts:
            await self._steps.fail(task.job_id, f"the {task.step} step failed {task.attempt} times: {error}")
            return
        self._later(lambda: self._queue.retry(task), self._retry_delay * task.attempt)

    def _later(self, put: Callable[[], None], delay: float) -> None:
        waiting = asyncio.create_task(_after(delay, put))
        self._retries.add(waiting)
        waiting.add_done_callback(self._retries.discard)


async def _after(delay: float, put: Callable[[], None]) -> None:
    await asyncio.sleep(delay)
    put()
