from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class LiveWindows:
    """How far back each real-time figure looks; every adapter of the port counts with the same windows."""

    active_short: int = 5 * 60
    active_long: int = 15 * 60
    lines: int = 10  # lines per second: the mean over the last `lines` whole seconds
    workers: int = 30  # a worker counts while its last heartbeat is this recent
    requests: int = 5 * 60  # the error rate's window
    request_bucket: int = 10
    stale_job: int = 6 * 60 * 60  # a queued or running job not heard of for this long no longer counts


@dataclass(frozen=True, slots=True)
class LiveSnapshot:
    at: datetime
    active_users_5m: int
    active_users_15m: int
    jobs_queued: int
    jobs_running: int
    lines_per_second: float
    workers: int
    requests: int  # in the error-rate window
    errors: int
    error_rate: float  # errors / requests, 0 when there were none


class LiveFigures(Protocol):
    """What is happening right now, shared by every server and worker process (Redis; a twin when embedded).

    Every call is idempotent where it names a thing (user, job, worker), so at-least-once delivery cannot inflate it.
    """

    async def user_seen(self, account_id: str) -> None: ...

    async def job_queued(self, job_id: str) -> None: ...

    async def job_running(self, job_id: str) -> None: ...

    async def job_finished(self, job_id: str) -> None:
        """Completed or failed: the job leaves the queued and running figures."""
        ...

    async def lines_classified(self, count: int) -> None: ...

    async def worker_alive(self, worker_id: str) -> None: ...

    async def request_served(self, failed: bool) -> None: ...

    async def snapshot(self) -> LiveSnapshot: ...
