"""The Dramatiq broker of the full stack: Redis, with the AsyncIO middleware for the async use cases.

`set_broker()` runs here, before any actor is declared (else Dramatiq quietly builds a default broker).
"""

import dramatiq
from dramatiq.brokers.redis import RedisBroker
from dramatiq.middleware import AsyncIO

DEFAULT_HEARTBEAT_MS = 60_000


def redis_broker(redis_url: str, heartbeat_timeout_ms: int = DEFAULT_HEARTBEAT_MS) -> RedisBroker:
    """A worker silent for `heartbeat_timeout_ms` counts as dead; its unacknowledged messages go back
    on the queue at the next maintenance pass, which runs on every fetch when the timeout is short."""
    maintenance = 1_000_000 if heartbeat_timeout_ms < DEFAULT_HEARTBEAT_MS else 1_000
    broker = RedisBroker(url=redis_url, heartbeat_timeout=heartbeat_timeout_ms, maintenance_chance=maintenance)
    broker.add_middleware(AsyncIO())
    dramatiq.set_broker(broker)
    return broker
