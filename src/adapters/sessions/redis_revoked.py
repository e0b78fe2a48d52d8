import math
from datetime import datetime

from redis.asyncio import Redis

from application.ports.clock import Clock


class RedisRevokedSessions:
    """Signed-out sessions every API process sees: a key per session holding its token's expiry, with a TTL to
    it; the expiry is also compared with the injected clock, as the twin compares it."""

    def __init__(self, redis: Redis, clock: Clock, prefix: str = "gumruk:revoked-session:") -> None:
        self._redis, self._clock, self._prefix = redis, clock, prefix

    async def revoke(self, session_id: str, expires_at: datetime) -> None:
        seconds = math.ceil((expires_at - self._clock.now()).total_seconds())
        if seconds > 0:
            await self._redis.set(self._prefix + session_id, str(expires_at.timestamp()), ex=seconds)

    async def is_revoked(self, session_id: str) -> bool:
        expires_at = await self._redis.get(self._prefix + session_id)
        return expires_at is not None and float(expires_at) > self._clock.now().timestamp()
