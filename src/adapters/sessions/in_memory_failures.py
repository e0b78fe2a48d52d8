import math

from application.ports.clock import Clock
from application.ports.sign_in_failures import Failures


class InMemorySignInFailures:
    """The failed sign-ins of one process (embedded mode, tests); counts exactly as the Redis adapter does."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._counts: dict[str, tuple[int, float]] = {}  # key -> (failures, when they are forgotten)

    async def add(self, key: str, window: int) -> int:
        now = self._now()
        self._counts = {key: kept for key, kept in self._counts.items() if kept[1] > now}  # none kept forgotten
        count, until = self._counts.get(key, (0, now + window))
        self._counts[key] = (count + 1, until)
        return count + 1

    async def count(self, key: str) -> Failures:
        count, until = self._counts.get(key, (0, 0.0))
        now = self._now()
        if until <= now:
            self._counts.pop(key, None)
            return Failures(0, 0)
        return Failures(count, math.ceil(until - now))

    async def clear(self, key: str) -> None:
        self._counts.pop(key, None)

    async def forgive(self, key: str) -> None:
        count, until = self._counts.get(key, (0, 0.0))
        if count > 0:
            self._counts[key] = (count - 1, until)

    def _now(self) -> float:
        return self._clock.now().timestamp()
