"""What every LiveFigures adapter must count, checked on the twin and on real Redis alike."""

from datetime import timedelta

from adapters.clock.fixed import FixedClock
from application.ports.live_figures import LiveFigures, LiveWindows

WINDOWS = LiveWindows()


async def test_nothing_happened_reads_as_zeros(figures: LiveFigures, clock: FixedClock) -> None:
    snapshot = await figures.snapshot()

    assert snapshot.at == clock.now()
    assert (snapshot.active_users_5m, snapshot.active_users_15m, snapshot.jobs_queued, snapshot.jobs_running) == (
        0, 0, 0, 0,
    )  # fmt: skip
    assert (snapshot.lines_per_second, snapshot.workers, snapshot.requests, snapshot.error_rate) == (0, 0, 0, 0)


async def test_active_users_are_distinct_accounts_seen_in_the_last_5_and_15_minutes(
    figures: LiveFigures, clock: FixedClock
) -> None:
    await figures.user_seen("early")
    clock.advance(timedelta(minutes=8))
    await figures.user_seen("recent")
    await figures.user_seen("recent")
    clock.advance(timedelta(minutes=2))
    await figures.user_seen("now")

    snapshot = await figures.snapshot()
    assert (snapshot.active_users_5m, snapshot.active_users_15m) == (2, 3)

    clock.advance(timedelta(minutes=6))
    snapshot = await figures.snapshot()
    assert (snapshot.active_users_5m, snapshot.active_users_15m) == (0, 2)


async def test_jobs_move_from_queued_to_running_to_gone_and_repeats_count_once(figures: LiveFigures) -> None:
    for job in ("a", "b", "c", "a"):
        await figures.job_queued(job)
    await figures.job_running("a")
    await figures.job_running("a")
    await figures.job_running("b")
    await figures.job_finished("b")
    await figures.job_finished("b")

    snapshot = await figures.snapshot()
    assert (snapshot.jobs_queued, snapshot.jobs_running) == (1, 1)


async def test_a_job_not_heard_of_for_hours_stops_counting(figures: LiveFigures, clock: FixedClock) -> None:
    await figures.job_queued("abandoned")
    clock.advance(timedelta(seconds=WINDOWS.stale_job + 1))
    await figures.job_queued("fresh")

    assert (await figures.snapshot()).jobs_queued == 1


async def test_lines_per_second_is_the_mean_of_the_last_ten_seconds(figures: LiveFigures, clock: FixedClock) -> None:
    await figures.lines_classified(1_000)  # falls out of the window below
    clock.advance(timedelta(seconds=11))
    await figures.lines_classified(300)
    clock.advance(timedelta(seconds=4))
    await figures.lines_classified(200)

    assert (await figures.snapshot()).lines_per_second == 50.0


async def test_workers_count_while_their_heartbeat_is_recent(figures: LiveFigures, clock: FixedClock) -> None:
    await figures.worker_alive("worker-1")
    clock.advance(timedelta(seconds=20))
    await figures.worker_alive("worker-2")
    await figures.worker_alive("worker-2")

    assert (await figures.snapshot()).workers == 2
    clock.advance(timedelta(seconds=15))
    assert (await figures.snapshot()).workers == 1


async def test_error_rate_is_failed_over_served_requests_in_the_last_five_minutes(
    figures: LiveFigures, clock: FixedClock
) -> None:
    await figures.request_served(failed=True)  # older than the window below
    clock.advance(timedelta(minutes=6))
    for failed in (False, False, False, True):
        await figures.request_served(failed)
    clock.advance(timedelta(minutes=2))
    await figures.request_served(failed=False)

    snapshot = await figures.snapshot()
    assert (snapshot.requests, snapshot.errors, snapshot.error_rate) == (5, 1, 0.2)
