import math

from redis.asyncio import Redis

from application.ports.clock import Clock
from application.ports.sign_in_failures import Failures

# KEYS[1]: the key's hash {count, until}; ARGV: now, window. A count past its `until` starts again.
_ADD = """
local now, window = tonumber(ARGV[1]), tonumber(ARGV[2])
local ends = tonumber(redis.call('HGET', KEYS[1], 'until') or '0')
if ends <= now then
  redis.call('DEL', KEYS[1])
  redis.call('HSET', KEYS[1], 'until', tostring(now + window))
  redis.call('EXPIRE', KEYS[1], math.ceil(window))
end
return redis.call('HINCRBY', KEYS[1], 'count', 1)
"""

_FORGIVE = """
if tonumber(redis.call('HGET', KEYS[1], 'count') or '0') > 0 then
  redis.call('HINCRBY', KEYS[1], 'count', -1)
end
"""


class RedisSignInFailures:
    """Failed sign-ins every API process shares: a hash per key, counted atomically by a script, whose TTL
    drops it once forgotten; the window is read on the injected clock, as the twin reads it."""

    def __init__(self, redis: Redis, clock: Clock, prefix: str = "gumruk:sign-in-failures:") -> None:
        self._redis, self._clock, self._prefix = redis, clock, prefix
        self._add, self._forgive = redis.register_script(_ADD), redis.register_script(_FORGIVE)

    async def add(self, key: str, window: int) -> int:
        return int(await self._add(keys=[self._prefix + key], args=[self._now(), window]))

    async def count(self, key: str) -> Failures:
        count, until = await self._redis.hmget(self._prefix + key, ["count", "until"])
        left = float(until or 0) - self._now()
        return Failures(int(count), math.ceil(left)) if count and left > 0 else Failures(0, 0)

    async def clear(self, key: str) -> None:
        await self._redis.delete(self._prefix + key)

    async def forgive(self, key: str) -> None:
        await self._forgive(keys=[self._prefix + key])

    def _now(self) -> float:
        return self._clock.now().timestamp()
