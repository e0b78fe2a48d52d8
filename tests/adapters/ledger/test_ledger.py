"""The Ledger contract, run against the in-memory twin, SQLite and PostgreSQL."""

from datetime import timedelta

from tests.services import Backend

from domain.billing.ledger import EntryKind, LedgerEntry


def entry(backend: Backend, kind: EntryKind, amount: int, key: str, job: str | None = None) -> LedgerEntry:
    backend.clock.advance(timedelta(seconds=1))
    return LedgerEntry("acc-1", kind, amount, key, backend.clock.now(), job_id=job, note=f"{kind} {amount}")


async def test_the_balance_is_the_sum_of_the_entries(backend: Backend) -> None:
    assert await backend.ledger.balance("acc-1") == 0
    assert await backend.ledger.post(entry(backend, EntryKind.GRANT, 100, "trial:acc-1"))
    assert await backend.ledger.post(entry(backend, EntryKind.RESERVE, -30, "job-1:reserve", "job-1"))
    await backend.ledger.post(LedgerEntry("acc-2", EntryKind.GRANT, 5, "trial:acc-2", backend.clock.now()))
    assert await backend.ledger.balance("acc-1") == 70
    assert await backend.ledger.balance("acc-2") == 5


async def test_an_entry_with_a_key_already_posted_is_not_posted_again(backend: Backend) -> None:
    first = entry(backend, EntryKind.GRANT, 100, "trial:acc-1")
    assert await backend.ledger.post(first)
    assert not await backend.ledger.post(entry(backend, EntryKind.GRANT, 999, "trial:acc-1"))
    assert await backend.ledger.balance("acc-1") == 100
    assert await backend.ledger.entry("trial:acc-1") == first
    assert await backend.ledger.entry("nothing") is None


async def test_entries_come_newest_first(backend: Backend) -> None:
    posted = [entry(backend, EntryKind.GRANT, n, f"grant-{n}") for n in (1, 2, 3)]
    for each in posted:
        await backend.ledger.post(each)
    assert await backend.ledger.entries("acc-1") == posted[::-1]
    assert await backend.ledger.entries("acc-1", limit=2) == posted[:0:-1]
    assert await backend.ledger.entries("acc-9") == []


async def test_a_reservation_is_posted_only_when_the_balance_covers_it(backend: Backend) -> None:
    await backend.ledger.post(entry(backend, EntryKind.GRANT, 10, "trial:acc-1"))
    assert not await backend.ledger.reserve_if_covered(entry(backend, EntryKind.RESERVE, -11, "a:reserve", "a"))
    assert await backend.ledger.reserve_if_covered(entry(backend, EntryKind.RESERVE, -10, "b:reserve", "b"))
    assert not await backend.ledger.reserve_if_covered(entry(backend, EntryKind.RESERVE, -10, "b:reserve", "b"))
    assert await backend.ledger.balance("acc-1") == 0
    assert await backend.ledger.entry("a:reserve") is None


async def test_a_job_is_settled_once_by_capture_or_release(backend: Backend) -> None:
    await backend.ledger.post(entry(backend, EntryKind.GRANT, 10, "trial:acc-1"))
    await backend.ledger.reserve_if_covered(entry(backend, EntryKind.RESERVE, -10, "j:reserve", "j"))
    assert await backend.ledger.post(entry(backend, EntryKind.CAPTURE, 4, "j:capture", "j"))
    assert not await backend.ledger.post(entry(backend, EntryKind.RELEASE, 10, "j:release", "j"))
    assert await backend.ledger.balance("acc-1") == 4
