"""The server's analytics chores (ADR 0007): refresh the read model every 5 minutes and soon after a job
completes, report the queue depth, and beat the embedded worker's heartbeat."""

import asyncio
import contextlib
import functools
import logging
import os
import socket
from typing import Any

import msgspec
from redis.asyncio import Redis
from redis.exceptions import RedisError

from adapters.analytics.read_model import ParquetReadModel
from adapters.progress.job_channel import decode_event, job_channel
from adapters.progress.local_hub import LocalProgressHub
from application.analytics.periodic import Periodic
from application.analytics.telemetry import PipelineTelemetry
from application.ports.progress import ProgressEvent
from domain.processing.job import JobStatus

log = logging.getLogger("gumruk.analytics")

REFRESH_SECONDS = 300.0
QUEUE_DEPTH_SECONDS = 15.0
HEARTBEAT_SECONDS = 10.0
RESUBSCRIBE_SECONDS = 5.0


class AnalyticsTasks:
    def __init__(
        self,
        telemetry: PipelineTelemetry,
        read_model: ParquetReadModel | None,
        worker_id: str | None = None,
        redis_url: str = "",
    ) -> None:
        """`worker_id`: the in-process worker whose heartbeat this server beats; `redis_url`: where separate
        workers announce completed jobs (embedded, the server hears them through `job_event`)."""
        self.refresh = Periodic(read_model.refresh, REFRESH_SECONDS) if read_model is not None else None
        self._timers = [Periodic(telemetry.queue_depth, QUEUE_DEPTH_SECONDS)]
        if self.refresh is not None:
            self._timers.append(self.refresh)
        if worker_id is not None:
            self._timers.append(Periodic(functools.partial(telemetry.worker_alive, worker_id), HEARTBEAT_SECONDS))
        self._redis_url = redis_url
        self._listener: asyncio.Task[None] | None = None

    @classmethod
    def of(cls, container: Any, in_process_worker: bool) -> "AnalyticsTasks":
        """The chores of `container`'s server; embedded, it listens to the in-process progress hub."""
        notifier, settings = container.notifier(), container.settings()
        worker_id = f"{socket.gethostname()}:{os.getpid()}:embedded" if in_process_worker else None
        local = isinstance(notifier, LocalProgressHub)
        tasks = cls(container.telemetry(), container.read_model(), worker_id, "" if local else settings.redis_url)
        if local:
            notifier.listen(tasks.job_event)
        return tasks

    def job_event(self, event: ProgressEvent) -> None:
        """A completed job (or one reviewed and generated again) brings the history up to date in seconds."""
        if event.status == JobStatus.COMPLETED.value and self.refresh is not None:
            self.refresh.nudge()

    async def start(self) -> None:
        for timer in self._timers:
            timer.start()
        if self._redis_url and self.refresh is not None:
            self._listener = asyncio.get_running_loop().create_task(self._listen(self._redis_url))

    async def stop(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._listener
            self._listener = None
        for timer in self._timers:
            await timer.stop()

    def _heard(self, data: bytes) -> None:
        try:
            self.job_event(decode_event(data))
        except msgspec.DecodeError:
            log.warning("a message on a job channel is no progress event: %r", data[:200])

    async def _listen(self, redis_url: str) -> None:
        """Every job's progress channel on Redis, where `gumruk worker` processes publish; reconnects on errors."""
        client = Redis.from_url(redis_url)
        try:
            while True:
                try:
                    async with client.pubsub() as pubsub:
                        await pubsub.psubscribe(job_channel("*"))
                        async for message in pubsub.listen():
                            if message["type"] == "pmessage":
                                self._heard(message["data"])
                except RedisError as error:
                    log.warning("listening for completed jobs failed (%s); again in %s s", error, RESUBSCRIBE_SECONDS)
                    await asyncio.sleep(RESUBSCRIBE_SECONDS)
        finally:
            await client.aclose()
