"""A `gumruk worker` process tells the live figures every 10 s that it is alive (the admin's worker count)."""

import logging
import os
import socket
import threading

from dramatiq.asyncio import get_event_loop_thread

from application.analytics.telemetry import PipelineTelemetry

log = logging.getLogger("gumruk.worker")

HEARTBEAT_SECONDS = 10.0


class WorkerHeartbeat:
    """Beats on Dramatiq's event loop, where the pipeline's Redis client lives; start it after the worker."""

    def __init__(self, telemetry: PipelineTelemetry, interval: float = HEARTBEAT_SECONDS) -> None:
        self.worker_id = f"{socket.gethostname()}:{os.getpid()}"
        self._telemetry, self._interval, self._stopped = telemetry, interval, threading.Event()
        self._thread = threading.Thread(target=self._beat, name="gumruk-live-heartbeat", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopped.set()
        self._thread.join(timeout=self._interval)

    def _beat(self) -> None:
        while True:
            loop = get_event_loop_thread()
            try:
                if loop is None:
                    raise RuntimeError("Dramatiq's AsyncIO middleware has no event loop running")
                loop.run_coroutine(self._telemetry.worker_alive(self.worker_id))
            except Exception as error:  # the figures are advisory: a missed beat must not stop the worker
                log.warning("worker heartbeat to the live figures failed: %s", error)
            if self._stopped.wait(self._interval):
                return
