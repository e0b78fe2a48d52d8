import asyncio
import logging

import pytest

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


async def test_the_same_failure_again_is_logged_in_one_line_and_recovery_is_told(
    caplog: pytest.LogCaptureFixture,
) -> None:
    outcomes = [RuntimeError("redis away"), RuntimeError("redis away"), RuntimeError("redis away"), None]

    async def work() -> None:
        if outcomes and (error := outcomes.pop(0)) is not None:
            raise error

    caplog.set_level(logging.INFO, logger="application.analytics.periodic")
    periodic = Periodic(work, interval=0.01, settle=0.0)
    periodic.start()
    await asyncio.sleep(0.2)
    await periodic.stop()

    records = [r for r in caplog.records if r.name == "application.analytics.periodic"]
    assert [r.exc_info is not None for r in records if r.levelno >= logging.WARNING] == [True, False, False]
    assert any("works again" in r.getMessage() for r in records)
