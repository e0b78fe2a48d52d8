"""The Dramatiq actors on a StubBroker with a real Worker: the same steps, queued between actors."""

from collections.abc import Iterator, Sequence

import pytest
from dramatiq import Worker
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware import AsyncIO

from adapters.tasks.dramatiq_queue import QUEUE, DramatiqTaskQueue
from application.ports.classifier import ClassificationRequest
from domain.classification.candidate import Classification
from domain.processing.job import JobStatus
from entrypoints.worker.actors import declare_actors
from tests.application.service_world import ServiceWorld


@pytest.fixture
def broker() -> Iterator[StubBroker]:
    broker = StubBroker()
    broker.add_middleware(AsyncIO())
    yield broker
    broker.close()


def run_until_idle(broker: StubBroker, world: ServiceWorld) -> None:
    declare_actors(broker, lambda: world.steps, max_retries=1, min_backoff_ms=10)
    worker = Worker(broker, worker_threads=2, worker_timeout=50)
    worker.start()
    try:
        broker.join(QUEUE, fail_fast=False)
        worker.join()
        broker.join(QUEUE, fail_fast=False)  # what the failure handler queued
    finally:
        worker.stop()


async def test_a_job_goes_from_upload_to_declaration_through_the_actors(broker: StubBroker) -> None:
    world = ServiceWorld(chunk_lines=1, tasks=DramatiqTaskQueue(broker))
    account = await world.account()
    job_id = await world.upload(account)
    run_until_idle(broker, world)
    job = world.store.jobs[job_id]
    assert job.status is JobStatus.COMPLETED and job.lines_done == 4
    assert await world.ledger.balance(account.id) == 10 - 3
    assert world.storage.exists(f"jobs/{job_id}/declaration-1.xml")


class BrokenClassifier:
    def classify(self, requests: Sequence[ClassificationRequest], top: int = 5) -> list[Classification]:
        raise RuntimeError("the classifier is down")


async def test_a_step_that_keeps_failing_fails_the_job_and_releases_its_credits(broker: StubBroker) -> None:
    world = ServiceWorld(tasks=DramatiqTaskQueue(broker))
    world.steps._classify._classifier = BrokenClassifier()
    account = await world.account()
    job_id = await world.upload(account)
    run_until_idle(broker, world)
    job = world.store.jobs[job_id]
    assert job.status is JobStatus.FAILED
    assert job.failure_reason == "classify_chunk failed 2 times: RuntimeError: the classifier is down"
    assert await world.ledger.balance(account.id) == 10
