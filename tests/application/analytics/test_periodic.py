import asyncio

from application.analytics.periodic import Periodic


async def test_runs_at_start_then_on_each_nudge() -> None:
    calls: list[int] = []

    async def work() -> None:
        calls.append(len(calls))

    periodic = Periodic(work, interval=3600, settle=0.01)
    periodic.start()
    await asyncio.sleep(0.05)
    periodic.nudge()
    periodic.nudge()
    await asyncio.sleep(0.1)
    await periodic.stop()

    assert calls == [0, 1]


async def test_a_failing_run_is_logged_and_the_timer_goes_on() -> None:
    runs = 0

    async def work() -> None:
        nonlocal runs
        runs += 1
        raise RuntimeError("database away")

    periodic = Periodic(work, interval=0.01)
    periodic.start()
    await asyncio.sleep(0.1)
    await periodic.stop()

    assert runs >= 3
