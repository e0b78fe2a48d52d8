"""The ActivityLog contract, run against the in-memory twin, SQLite and PostgreSQL."""

from datetime import timedelta

from tests.services import Backend

from application.ports.activity import Activity


async def record(backend: Backend, account_id: str | None, action: str, **details: str) -> Activity:
    backend.clock.advance(timedelta(seconds=1))
    activity = Activity(account_id, action, backend.clock.now(), subject="job-1", details=details)
    await backend.activity.record(activity)
    return activity


async def test_recent_activity_comes_newest_first(backend: Backend) -> None:
    sign_in = await record(backend, "acc-1", "sign_in", ip="10.0.0.1")
    upload = await record(backend, "acc-1", "upload", filename="счёт.xlsx")
    assert await backend.activity.recent() == [upload, sign_in]
    assert await backend.activity.recent(limit=1) == [upload]


async def test_recent_activity_is_filtered_by_account_and_action(backend: Backend) -> None:
    mine = await record(backend, "acc-1", "upload")
    await record(backend, "acc-2", "upload")
    admin = await record(backend, None, "grant_credits", account="acc-1", credits="100")
    assert await backend.activity.recent(account_id="acc-1") == [mine]
    assert await backend.activity.recent(action="grant_credits") == [admin]
    assert await backend.activity.recent(account_id="acc-2", action="sign_in") == []


async def test_activities_at_the_same_instant_come_latest_recorded_first(backend: Backend) -> None:
    at = backend.clock.now()
    first = Activity("acc-1", "download", at, "job-1")
    second = Activity("acc-1", "download", at, "job-2")
    await backend.activity.record(first)
    await backend.activity.record(second)
    assert await backend.activity.recent() == [second, first]
