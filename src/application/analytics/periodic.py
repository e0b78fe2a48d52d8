"""Runs an async task on a timer, and soon after a nudge: the read model's refresh, the queue-depth gauge."""

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)


class Periodic:
    """Calls `work` at start, then every `interval` seconds, and `settle` seconds after `nudge()` (nudges that
        arrive meanwhile are served by that one call). A failing call is logged (the same failure again in one line,
    not a traceback every few seconds); the timer keeps going."""

    def __init__(self, work: Callable[[], Awaitable[object]], interval: float, settle: float = 1.0) -> None:
        self._work, self._interval, self._settle = work, interval, settle
        self._nudged = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def nudge(self) -> None:
        self._nudged.set()

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._loop())

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _loop(self) -> None:
        failing: type[Exception] | None = None  # the error of the last call, if it failed
        while True:
            self._nudged.clear()
            try:
                await self._work()
            except Exception as error:
                self._log_failure(error, again=type(error) is failing)
                failing = type(error)
            else:
                if failing is not None:
                    log.info("periodic task %s works again", self._work)
                failing = None
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._nudged.wait(), self._interval)
                await asyncio.sleep(self._settle)

    def _log_failure(self, error: Exception, again: bool) -> None:
        """The first failure with its traceback; the same failure again (a service down for minutes) in one line."""
        if again:
            log.warning("periodic task %s failed again: %s: %s", self._work, type(error).__name__, error)
        else:
            log.exception("periodic task %s failed; it runs again in %s s", self._work, self._interval)
