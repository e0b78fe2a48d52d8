"""The same file uploaded twice by an account (a double-click) is one job, reserved and charged once; the broker
can start it again on purpose, and that one is charged."""

import asyncio
from datetime import timedelta

from application.processing.submit_product_list import Upload
from domain.billing.ledger import EntryKind
from domain.processing.job import JobStatus
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
    assert await reservations(world, account.id) == 1


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


async def test_other_bytes_another_account_or_a_failed_job_start_a_new_one() -> None:
    world = ServiceWorld()
    account, other = await world.account(), await world.account("other@example.com")
    first = await world.upload(account, DATA, again=False)
    assert await world.upload(account, DATA + b"Coffee;2\n", again=False) != first
    assert await world.upload(other, DATA, again=False) != first
    world.store.jobs[first].status = JobStatus.FAILED
    assert await world.upload(account, DATA, again=False) != first


def test_the_same_workbook_read_or_declared_another_way_is_another_request() -> None:
    plain = Upload("acc-1", "invoice.xlsx", DATA, "TM")
    other_sheet = Upload("acc-1", "invoice.xlsx", DATA, "TM", sheets=("Лист2",))
    other_column = Upload("acc-1", "invoice.xlsx", DATA, "TM", named_columns={"amount": "Сумма"})
    other_country = Upload("acc-1", "invoice.xlsx", DATA, "KZ")
    other_header = Upload("acc-1", "invoice.xlsx", DATA, "TM", header())
    requests = (plain, other_sheet, other_column, other_country, other_header)

    assert len({request.content_hash for request in requests}) == len(requests)
    assert Upload("a", "x", DATA, "TM", sheets=("A", "B")).content_hash == (
        Upload("a", "x", DATA, "TM", sheets=("B", "A")).content_hash
    )
    assert plain.content_hash == Upload("acc-2", "copy.xlsx", DATA, "TM").content_hash
