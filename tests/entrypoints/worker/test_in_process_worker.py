"""The embedded server's worker: drains the in-process queue, retries a failing step, then fails the job."""

import asyncio
import threading
from collections.abc import Callable, Sequence

from application.ports.classifier import ClassificationRequest
from domain.classification.candidate import Classification
from domain.processing.job import JobStatus
from entrypoints.worker.in_process import InProcessWorker
from tests.application.service_world import ServiceWorld


async def drained(world: ServiceWorld, **options: float) -> None:
    worker = InProcessWorker(world.tasks, world.steps, world.listing, **options)  # type: ignore[arg-type]
    await worker.start()
    await asyncio.wait_for(worker.idle(), timeout=10)
    await worker.stop()


async def test_queued_jobs_run_to_completion() -> None:
    world = ServiceWorld()
    account = await world.account()
    first, second = await world.upload(account), await world.upload(account)
    await drained(world)
    assert {world.store.jobs[j].status for j in (first, second)} == {JobStatus.COMPLETED}
    assert await world.ledger.balance(account.id) == 10 - 3 - 3


class FlakyClassifier:
    """Fails the first `failures` calls, then answers like the keyword classifier."""

    def __init__(self, world: ServiceWorld, failures: int) -> None:
        self.inner, self.failures = world.classifier, failures

    def classify(self, requests: Sequence[ClassificationRequest], top: int = 5) -> list[Classification]:
        if self.failures > 0:
            self.failures -= 1
            raise ConnectionError("the classifier timed out")
        return self.inner.classify(requests, top)


async def test_a_step_that_fails_once_is_retried_and_the_job_completes() -> None:
    world = ServiceWorld()
    world.steps._classify._classifier = FlakyClassifier(world, failures=1)
    job_id = await world.upload(await world.account())
    await drained(world, retry_delay=0.01)
    assert world.store.jobs[job_id].status is JobStatus.COMPLETED


async def test_a_step_that_keeps_failing_fails_the_job_and_releases_its_credits() -> None:
    world = ServiceWorld()
    world.steps._classify._classifier = FlakyClassifier(world, failures=100)
    account = await world.account()
    job_id = await world.upload(account)
    await drained(world, retry_delay=0.01, max_attempts=2)
    job = world.store.jobs[job_id]
    assert job.status is JobStatus.FAILED
    assert job.failure_reason == "the classify step failed 2 times: the classifier timed out"
    assert await world.ledger.balance(account.id) == 10


async def test_starting_again_picks_up_the_jobs_a_stopped_server_left() -> None:
    world = ServiceWorld()
    account = await world.account()
    job_id = await world.upload(account)
    world.tasks.pending.get_nowait()  # the server stopped: the queued message is lost
    world.tasks.pending.task_done()
    await drained(world)
    assert world.store.jobs[job_id].status is JobStatus.COMPLETED


class HeldClassifier:
    """Answers only once `go` is set, as the engine does while it builds its index."""

    def __init__(self, world: ServiceWorld) -> None:
        self.inner, self.go = world.classifier, threading.Event()

    def waiting_for(self) -> str | None:
        return None if self.go.is_set() else "the classifier's index"

    def classify(self, requests: Sequence[ClassificationRequest], top: int = 5) -> list[Classification]:
        self.go.wait(timeout=10)
        return self.inner.classify(requests, top)


async def test_while_the_classifier_loads_one_step_waits_for_it_and_other_jobs_are_read() -> None:
    world = ServiceWorld()
    held = HeldClassifier(world)
    world.steps._classify._classifier = held
    account = await world.account()
    waiting = await world.upload(account)
    worker = InProcessWorker(
        world.tasks,  # type: ignore[arg-type]
        world.steps,
        world.listing,
        concurrency=2,
        retry_delay=0.05,
        readiness=held,
    )
    await worker.start()
    await _until(lambda: world.store.jobs[waiting].status is JobStatus.MATCHING)
    second = await world.upload(account, b"description;value\nCoffee;2\n")
    await _until(lambda: world.store.jobs[second].status is JobStatus.MATCHING)
    held.go.set()
    await asyncio.wait_for(worker.idle(), timeout=10)
    await worker.stop()
    assert {world.store.jobs[job].status for job in (waiting, second)} == {JobStatus.COMPLETED}


async def _until(condition: Callable[[], bool]) -> None:
    for _ in range(200):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("still waiting after 4 s")
