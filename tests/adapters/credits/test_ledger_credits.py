"""LedgerCredits over each Ledger: reserve, capture or release, each at most once per job."""

from tests.services import Backend

from adapters.credits.ledger_credits import LedgerCredits
from domain.billing.ledger import EntryKind, LedgerEntry


async def credits_with(backend: Backend, balance: int) -> LedgerCredits:
    await backend.ledger.post(LedgerEntry("acc-1", EntryKind.GRANT, balance, "trial:acc-1", backend.clock.now()))
    return LedgerCredits(backend.ledger, backend.clock)


async def kinds(backend: Backend) -> list[EntryKind]:
    return [e.kind for e in reversed(await backend.ledger.entries("acc-1"))]


async def test_a_reservation_holds_credits_once_per_job(backend: Backend) -> None:
    credits = await credits_with(backend, 10)
    assert await credits.reserve("acc-1", "job-1", 8)
    assert await credits.reserve("acc-1", "job-1", 8)
    assert not await credits.reserve("acc-1", "job-2", 8)
    assert await backend.ledger.balance("acc-1") == 2
    reservation = await backend.ledger.entry("job-1:reserve")
    assert reservation is not None and reservation.amount == -8 and reservation.job_id == "job-1"


async def test_capture_charges_what_was_used_and_gives_back_the_rest_once(backend: Backend) -> None:
    credits = await credits_with(backend, 10)
    await credits.reserve("acc-1", "job-1", 8)
    await credits.capture("acc-1", "job-1", 3)
    await credits.capture("acc-1", "job-1", 3)
    await credits.release("acc-1", "job-1")
    assert await backend.ledger.balance("acc-1") == 7
    assert await kinds(backend) == [EntryKind.GRANT, EntryKind.RESERVE, EntryKind.CAPTURE]
    capture = await backend.ledger.entry("job-1:capture")
    assert capture is not None and capture.amount == 5 and capture.charged == -5


async def test_release_gives_the_whole_reservation_back_once(backend: Backend) -> None:
    credits = await credits_with(backend, 10)
    await credits.reserve("acc-1", "job-1", 8)
    await credits.release("acc-1", "job-1")
    await credits.release("acc-1", "job-1")
    await credits.capture("acc-1", "job-1", 8)
    assert await backend.ledger.balance("acc-1") == 10
    assert await kinds(backend) == [EntryKind.GRANT, EntryKind.RESERVE, EntryKind.RELEASE]


async def test_capture_never_charges_more_than_was_reserved(backend: Backend) -> None:
    credits = await credits_with(backend, 10)
    await credits.reserve("acc-1", "job-1", 4)
    await credits.capture("acc-1", "job-1", 9)
    assert await backend.ledger.balance("acc-1") == 6


async def test_without_a_reservation_capture_and_release_post_nothing(backend: Backend) -> None:
    credits = await credits_with(backend, 10)
    await credits.capture("acc-1", "job-1", 3)
    await credits.release("acc-1", "job-1")
    assert await kinds(backend) == [EntryKind.GRANT]
