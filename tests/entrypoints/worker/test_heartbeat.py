"""A `gumruk worker` process counts in the admin's live figures while it beats, on Dramatiq's event loop."""

import asyncio
import logging
import time

import pytest
from dramatiq.asyncio import EventLoopThread, set_event_loop_thread

from adapters.clock.system import SystemClock
from adapters.live_figures.in_memory import InMemoryLiveFigures
from adapters.metrics.in_memory import RecordedMetrics
from application.analytics.telemetry import PipelineTelemetry
from entrypoints.worker.heartbeat import WorkerHeartbeat


def test_the_heartbeat_counts_the_worker_until_it_stops() -> None:
    live = InMemoryLiveFigures(SystemClock())
    loop = EventLoopThread(logging.getLogger("dramatiq.test"))
    loop.start()
    set_event_loop_thread(loop)
    heartbeat = WorkerHeartbeat(PipelineTelemetry(RecordedMetrics(), live), interval=0.05)
    try:
        heartbeat.start()
        deadline = time.monotonic() + 5
        while loop.run_coroutine(live.snapshot()).workers != 1:
            assert time.monotonic() < deadline
            time.sleep(0.02)
        heartbeat.stop()
        assert not heartbeat._thread.is_alive()
    finally:
        set_event_loop_thread(None)
        loop.stop()


def test_without_dramatiqs_event_loop_a_beat_is_logged_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    live = InMemoryLiveFigures(SystemClock())
    heartbeat = WorkerHeartbeat(PipelineTelemetry(RecordedMetrics(), live), interval=0.05)
    heartbeat.start()
    time.sleep(0.2)
    heartbeat.stop()
    assert "worker heartbeat to the live figures failed" in caplog.text
    assert asyncio.run(live.snapshot()).workers == 0
