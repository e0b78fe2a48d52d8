from redis.asyncio import Redis
from redis.asyncio.client import Pipeline

from application.ports.clock import Clock
from application.ports.live_figures import LiveSnapshot, LiveWindows


class RedisLiveFigures:
    """Live figures every process shares: sorted sets scored by time (users, jobs, workers) and per-second or
    per-bucket counters (lines, requests, errors), all with a TTL so that nothing outlives its window.
    """

    def __init__(
        self, redis: Redis, clock: Clock, windows: LiveWindows | None = None, prefix: str = "gumruk:live:"
    ) -> None:
        self._redis, self._clock, self._windows, self._prefix = redis, clock, windows or LiveWindows(), prefix

    async def user_seen(self, account_id: str) -> None:
        await self._stamp("users", account_id, self._windows.active_long)

    async def job_queued(self, job_id: str) -> None:
        await self._stamp("queued", job_id, self._windows.stale_job)

    async def job_running(self, job_id: str) -> None:
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.zrem(self._key("queued"), job_id)
            _score_now(pipe, self._key("running"), job_id, self._now(), self._windows.stale_job)
            await pipe.execute()

    async def job_finished(self, job_id: str) -> None:
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.zrem(self._key("queued"), job_id)
            pipe.zrem(self._key("running"), job_id)
            await pipe.execute()

    async def lines_classified(self, count: int) -> None:
        key = self._key(f"lines:{int(self._now())}")
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.incrby(key, count)
            pipe.expire(key, self._windows.lines + 5)
            await pipe.execute()

    async def worker_alive(self, worker_id: str) -> None:
        await self._stamp("workers", worker_id, self._windows.workers)

    async def request_served(self, failed: bool) -> None:
        w = self._windows
        bucket = int(self._now()) // w.request_bucket
        async with self._redis.pipeline(transaction=True) as pipe:
            for name in ("requests", "errors") if failed else ("requests",):
                pipe.incr(self._key(f"{name}:{bucket}"))
                pipe.expire(self._key(f"{name}:{bucket}"), w.requests + w.request_bucket)
            await pipe.execute()

    async def snapshot(self) -> LiveSnapshot:
        now, w = self._now(), self._windows
        second, bucket = int(now), int(now) // w.request_bucket
        seconds = range(second - w.lines + 1, second + 1)
        buckets = range(bucket - w.requests // w.request_bucket + 1, bucket + 1)
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.zcount(self._key("users"), now - w.active_short, "+inf")
            pipe.zcount(self._key("users"), now - w.active_long, "+inf")
            pipe.zcount(self._key("queued"), now - w.stale_job, "+inf")
            pipe.zcount(self._key("running"), now - w.stale_job, "+inf")
            pipe.zcount(self._key("workers"), now - w.workers, "+inf")
            pipe.mget([self._key(f"lines:{s}") for s in seconds])
            pipe.mget([self._key(f"requests:{b}") for b in buckets])
            pipe.mget([self._key(f"errors:{b}") for b in buckets])
            short, long, queued, running, workers, lines, requests, errors = await pipe.execute()
        served, failed = _total(requests), _total(errors)
        return LiveSnapshot(
            at=self._clock.now(), active_users_5m=short, active_users_15m=long, jobs_queued=queued,
            jobs_running=running, lines_per_second=_total(lines) / w.lines, workers=workers, requests=served,
            errors=failed, error_rate=failed / served if served else 0.0,
        )  # fmt: skip

    async def _stamp(self, name: str, member: str, window: int) -> None:
        async with self._redis.pipeline(transaction=True) as pipe:
            _score_now(pipe, self._key(name), member, self._now(), window)
            await pipe.execute()

    def _key(self, name: str) -> str:
        return self._prefix + name

    def _now(self) -> float:
        return self._clock.now().timestamp()


def _score_now(pipe: Pipeline, key: str, member: str, now: float, window: int) -> None:
    """Score `member` with the time now; members older than `window` seconds are dropped."""
    pipe.zadd(key, {member: now})
    pipe.zremrangebyscore(key, "-inf", now - window)
    pipe.expire(key, window)


def _total(values: list[bytes | None]) -> int:
    return sum(int(v) for v in values if v is not None)
