"""The same file uploaded twice by an account (a double-click) is one job, reserved and charged once; the broker
can start it again on purpose, and that one is charged."""

import asyncio
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from adapters.clock.fixed import FixedClock
from adapters.jobs.in_memory import InMemoryJobRepository, InMemoryJobStore, InMemoryUnitOfWork
from adapters.storage.in_memory import InMemoryFileStorage
from application.processing.submit_product_list import SubmitProductList, Upload
from domain.billing.ledger import EntryKind
from domain.declaration.header import DeliveryTerms
from domain.processing.job import JobStatus, ProcessingJob
from tests.application.fakes import header
from tests.application.service_world import ServiceWorld

DATA = b"description;value\nTea;1\n"


async def reservations(world: ServiceWorld, account_id: str) -> int:
    return sum(1 for e in await world.ledger.entries(account_id) if e.kind is EntryKind.RESERVE)


async def test_the_same_bytes_again_answer_with_the_first_job_and_reserve_once() -> None:
    world = ServiceWorld()
    account = await world.account()
    first = await world.upload(account, DATA, again=False)
    second = await world.upload(account, DATA, again=False)
    await world.work()
    assert second == first and list(world.store.jobs) == [first]
    assert await reservations(world, account.id) == 1
    assert len(await world.activity.recent(action="upload")) == 1


async def test_two_uploads_at_the_same_moment_make_exactly_one_job() -> None:
    world = ServiceWorld()
    account = await world.account()
    ids = await asyncio.gather(*(world.upload(account, DATA, again=False) for _ in range(3)))
    await world.work()
    assert len(set(ids)) == 1 and list(world.store.jobs) == [ids[0]]
    uploads = [key for key in world.storage.files if key.startswith("uploads/")]
    assert uploads == [world.store.jobs[ids[0]].storage_key]  # no file without its job
    assert await reservations(world, account.id) == 1


class _OtherUploadCommitsMeanwhile(InMemoryFileStorage):
    """While this upload's file is being stored, the other upload of the same file stores its own and commits its
    job: the race the unique index decides, after both looked for an earlier job and found none."""

    def __init__(self, store: InMemoryJobStore, other: ProcessingJob) -> None:
        super().__init__()
        self._store, self._other = store, other

    def put(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> None:
        super().put(key, data, content_type)
        if self._other.id not in self._store.jobs:
            super().put(self._other.storage_key, data, content_type)
            self._store.jobs[self._other.id] = self._other


async def test_the_upload_that_loses_the_race_leaves_no_file_without_a_job() -> None:
    store, clock = InMemoryJobStore(), FixedClock(datetime(2026, 11, 28, tzinfo=UTC))
    upload = Upload("acc-1", "invoice.csv", DATA, "TM")
    key = "uploads/acc-1/winner/invoice.csv"
    winner = ProcessingJob("winner", "acc-1", "invoice.csv", key, "TM", clock.now(), content_hash=upload.content_hash)
    storage = _OtherUploadCommitsMeanwhile(store, winner)

    submitted = await SubmitProductList(lambda: InMemoryUnitOfWork(store), storage, clock)(upload)

    assert (submitted.job.id, submitted.earlier) == ("winner", True)
    assert list(store.jobs) == ["winner"]
    assert list(storage.files) == [key]  # the winner's file stays, the loser's is gone


class _UndeletableStorage(_OtherUploadCommitsMeanwhile):
    def delete(self, key: str) -> None:
        raise OSError("the storage is unreachable")


async def test_a_loser_whose_file_cannot_be_deleted_is_still_answered_with_the_earlier_job() -> None:
    store, clock = InMemoryJobStore(), FixedClock(datetime(2026, 11, 28, tzinfo=UTC))
    upload = Upload("acc-1", "invoice.csv", DATA, "TM")
    key = "uploads/acc-1/winner/invoice.csv"
    winner = ProcessingJob("winner", "acc-1", "invoice.csv", key, "TM", clock.now(), content_hash=upload.content_hash)

    submit = SubmitProductList(lambda: InMemoryUnitOfWork(store), _UndeletableStorage(store, winner), clock)
    submitted = await submit(upload)

    assert (submitted.job.id, submitted.earlier) == ("winner", True)


async def test_an_upload_asks_for_the_earlier_job_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    of_same_file = InMemoryJobRepository.of_same_file

    async def counted(self: InMemoryJobRepository, account_id: str, content_hash: str) -> ProcessingJob | None:
        asked.append(content_hash)
        return await of_same_file(self, account_id, content_hash)

    monkeypatch.setattr(InMemoryJobRepository, "of_same_file", counted)
    world = ServiceWorld()
    account = await world.account()
    first = await world.upload(account, DATA, again=False)
    assert len(asked) == 1  # none found: a new job
    assert await world.upload(account, DATA, again=False) == first
    assert len(asked) == 2  # found: that job
    await world.upload(account, DATA, again=True)
    assert len(asked) == 2  # started again on purpose: not asked


async def test_started_again_on_purpose_is_a_new_job_charged_again() -> None:
    world = ServiceWorld()
    account = await world.account()
    first = await world.upload(account, DATA, again=False)
    await world.work()
    world.clock.advance(timedelta(minutes=1))
    again = await world.upload(account, DATA, again=True)
    await world.work()
    assert again != first and world.store.jobs[again].started_again
    assert await reservations(world, account.id) == 2
    assert await world.upload(account, DATA, again=False) == again  # the latest answers for the file now


async def test_the_same_bytes_with_another_header_answer_with_the_first_job_and_say_its_header_stays() -> None:
    """A trial: the form had gone back to the saved defaults, and the same invoice made a second, charged job."""
    world = ServiceWorld()
    account = await world.account()
    first = await world.upload(account, DATA, again=False)
    same = await world.accept(Upload(account.id, "invoice.csv", DATA, "TM", header()))
    other_terms = replace(header(), delivery_terms=DeliveryTerms("FOB", "Ningbo"))
    other = await world.accept(Upload(account.id, "invoice.csv", DATA, "TM", other_terms))
    unsent = await world.accept(Upload(account.id, "invoice.csv", DATA, "TM"))
    assert [(answer.job.id, answer.earlier, answer.header_differs) for answer in (same, other, unsent)] == [
        (first, True, False), (first, True, True), (first, True, False)
    ]  # fmt: skip
    await world.work()
    assert world.store.jobs[first].header == header() and await reservations(world, account.id) == 1


async def test_other_bytes_another_account_or_a_failed_job_start_a_new_one() -> None:
    world = ServiceWorld()
    account, other = await world.account(), await world.account("other@example.com")
    first = await world.upload(account, DATA, again=False)
    assert await world.upload(account, DATA + b"Coffee;2\n", again=False) != first
    assert await world.upload(other, DATA, again=False) != first
    world.store.jobs[first].status = JobStatus.FAILED
    assert await world.upload(account, DATA, again=False) != first


def test_the_same_workbook_read_another_way_is_another_request_but_not_with_another_header() -> None:
    plain = Upload("acc-1", "invoice.xlsx", DATA, "TM")
    other_sheet = Upload("acc-1", "invoice.xlsx", DATA, "TM", sheets=("Лист2",))
    other_column = Upload("acc-1", "invoice.xlsx", DATA, "TM", named_columns={"amount": "Сумма"})
    other_country = Upload("acc-1", "invoice.xlsx", DATA, "KZ")
    requests = (plain, other_sheet, other_column, other_country)

    assert len({request.content_hash for request in requests}) == len(requests)
    assert Upload("acc-1", "invoice.xlsx", DATA, "TM", header()).content_hash == plain.content_hash
    assert Upload("a", "x", DATA, "TM", sheets=("A", "B")).content_hash == (
        Upload("a", "x", DATA, "TM", sheets=("B", "A")).content_hash
    )
    assert plain.content_hash == Upload("acc-2", "copy.xlsx", DATA, "TM").content_hash
