from datetime import timedelta

from adapters.tasks.in_process import Step, Task
from domain.billing.ledger import EntryKind
from domain.processing.job import JobStatus
from tests.application.service_world import ServiceWorld


async def test_an_upload_stores_the_file_creates_the_job_and_queues_parsing() -> None:
    world = ServiceWorld()
    account = await world.account()
    job_id = await world.upload(account, b"description\nTea\n")
    job = world.store.jobs[job_id]
    assert job.status is JobStatus.PENDING and world.storage.get(job.storage_key) == b"description\nTea\n"
    assert world.tasks.pending.get_nowait() == Task(Step.PARSE, job_id)
    assert (await world.activity.recent(account.id, "upload"))[0].subject == job_id


async def test_prepare_fans_out_one_classify_step_per_chunk() -> None:
    world = ServiceWorld(chunk_lines=2)
    account = await world.account()
    job_id = await world.upload(account)
    world.tasks.pending.get_nowait()
    await world.steps.prepare(job_id)
    queued = [world.tasks.pending.get_nowait() for _ in range(world.tasks.pending.qsize())]
    assert queued == [Task(Step.CLASSIFY, job_id, 0), Task(Step.CLASSIFY, job_id, 1)]


async def test_only_the_chunk_that_completes_the_lines_queues_the_declaration() -> None:
    world = ServiceWorld(chunk_lines=2)
    account = await world.account()
    job_id = await world.upload(account)
    world.tasks.pending.get_nowait()
    await world.steps.prepare(job_id)
    world.tasks.pending = type(world.tasks.pending)()
    await world.steps.classify(job_id, 1)
    assert world.tasks.pending.empty()
    await world.steps.classify(job_id, 0)
    assert world.tasks.pending.get_nowait() == Task(Step.GENERATE, job_id)


async def test_every_step_delivered_twice_charges_once_and_keeps_every_line_once() -> None:
    world = ServiceWorld(chunk_lines=2)
    account = await world.account()
    job_id = await world.upload(account)
    await world.work()
    balance = await world.ledger.balance(account.id)
    for step in (world.steps.prepare, world.steps.generate):
        await step(job_id)
    await world.steps.classify(job_id, 0)
    await world.work()
    assert world.store.jobs[job_id].status is JobStatus.COMPLETED
    assert len(world.store.lines[job_id]) == 4
    assert await world.ledger.balance(account.id) == balance == 10 - 3
    kinds = [e.kind for e in await world.ledger.entries(account.id)]
    assert kinds.count(EntryKind.RESERVE) == 1 and kinds.count(EntryKind.CAPTURE) == 1


async def test_a_job_that_cannot_finish_fails_with_the_reason_and_gets_its_credits_back() -> None:
    world = ServiceWorld()
    account = await world.account()
    job_id = await world.upload(account)
    world.tasks.pending.get_nowait()
    await world.steps.prepare(job_id)
    assert await world.ledger.balance(account.id) == 10 - 3
    await world.steps.fail(job_id, "classify failed 3 times: boom")
    job = world.store.jobs[job_id]
    assert job.status is JobStatus.FAILED and job.failure_reason == "classify failed 3 times: boom"
    assert await world.ledger.balance(account.id) == 10
    await world.steps.fail(job_id, "again")
    assert world.store.jobs[job_id].failure_reason == "classify failed 3 times: boom"


async def test_recover_queues_what_a_stopped_server_left_half_done() -> None:
    world = ServiceWorld()
    account = await world.account()
    first = await world.upload(account)
    world.clock.advance(timedelta(minutes=1))
    second = await world.upload(account)
    world.tasks.pending = type(world.tasks.pending)()
    job = world.store.jobs[second]
    job.status = JobStatus.GENERATING
    await world.steps.recover(await world.listing.unfinished())
    queued = [world.tasks.pending.get_nowait() for _ in range(2)]
    assert queued == [Task(Step.PARSE, first), Task(Step.GENERATE, second)]
