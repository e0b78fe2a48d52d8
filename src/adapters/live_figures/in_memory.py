from collections import Counter

from application.ports.clock import Clock
from application.ports.live_figures import LiveSnapshot, LiveWindows


class InMemoryLiveFigures:
    """The live figures of one process (embedded mode, tests); counts exactly as the Redis adapter does."""

    def __init__(self, clock: Clock, windows: LiveWindows | None = None) -> None:
        self._clock, self._windows = clock, windows or LiveWindows()
        self._users: dict[str, float] = {}
        self._queued: dict[str, float] = {}
        self._running: dict[str, float] = {}
        self._workers: dict[str, float] = {}
        self._lines: Counter[int] = Counter()  # lines per whole second
        self._requests: Counter[int] = Counter()  # per request bucket
        self._errors: Counter[int] = Counter()

    async def user_seen(self, account_id: str) -> None:
        self._users[account_id] = self._now()

    async def job_queued(self, job_id: str) -> None:
        self._queued[job_id] = self._now()

    async def job_running(self, job_id: str) -> None:
        self._queued.pop(job_id, None)
        self._running[job_id] = self._now()

    async def job_finished(self, job_id: str) -> None:
        self._queued.pop(job_id, None)
        self._running.pop(job_id, None)

    async def lines_classified(self, count: int) -> None:
        self._lines[int(self._now())] += count

    async def worker_alive(self, worker_id: str) -> None:
        self._workers[worker_id] = self._now()

    async def request_served(self, failed: bool) -> None:
        bucket = int(self._now()) // self._windows.request_bucket
        self._requests[bucket] += 1
        if failed:
            self._errors[bucket] += 1

    async def snapshot(self) -> LiveSnapshot:
        now, w = self._now(), self._windows
        second, bucket = int(now), int(now) // w.request_bucket
        buckets = range(bucket - w.requests // w.request_bucket + 1, bucket + 1)
        requests = sum(self._requests[b] for b in buckets)
        errors = sum(self._errors[b] for b in buckets)
        return LiveSnapshot(
            at=self._clock.now(),
            active_users_5m=_since(self._users, now - w.active_short),
            active_users_15m=_since(self._users, now - w.active_long),
            jobs_queued=_since(self._queued, now - w.stale_job),
            jobs_running=_since(self._running, now - w.stale_job),
            lines_per_second=sum(self._lines[s] for s in range(second - w.lines + 1, second + 1)) / w.lines,
            workers=_since(self._workers, now - w.workers),
            requests=requests,
            errors=errors,
            error_rate=errors / requests if requests else 0.0,
        )

    def _now(self) -> float:
        return self._clock.now().timestamp()


def _since(seen: dict[str, float], start: float) -> int:
    return sum(1 for at in seen.values() if at >= start)
