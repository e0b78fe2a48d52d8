"""A published progress event reaches a listener of the job's channel as the same event, in order."""

import asyncio
import time
from collections.abc import Callable, Iterator

import pytest
from litestar.channels.backends.redis import RedisChannelsPubSubBackend
from redis import Redis
from redis.asyncio import Redis as AsyncRedis

from adapters.progress.job_channel import decode_event, job_channel
from adapters.progress.local_hub import LocalProgressHub
from adapters.progress.redis_pubsub import RedisProgressNotifier
from application.ports.progress import ProgressEvent, ProgressNotifier

EVENTS = [
    ProgressEvent("job-1", "MATCHING", 50, 5, 10, "5 of 10 lines classified"),
    ProgressEvent("job-1", "COMPLETED", 100, 10, 10, "declaration ready", "/processing/jobs/job-1/declaration"),
]

Received = Callable[[], list[ProgressEvent]]


@pytest.fixture(params=["local_hub", "redis"])
def channel(request: pytest.FixtureRequest) -> Iterator[tuple[ProgressNotifier, Received]]:
    if request.param == "local_hub":
        hub = LocalProgressHub()
        heard: list[ProgressEvent] = []
        hub.listen(heard.append)
        yield hub, lambda: heard
        return
    client = Redis.from_url(request.getfixturevalue("redis_url"))
    listener = client.pubsub(ignore_subscribe_messages=True)
    listener.subscribe(job_channel("job-1"))
    listener.get_message(timeout=1)

    def drain() -> list[ProgressEvent]:
        events: list[ProgressEvent] = []
        deadline = time.monotonic() + 5
        while len(events) < len(EVENTS) and time.monotonic() < deadline:
            message = listener.get_message(timeout=0.2)
            if message:
                events.append(decode_event(message["data"]))
        return events

    yield RedisProgressNotifier(client), drain
    listener.close()
    client.close()


def test_events_arrive_whole_and_in_order(channel: tuple[ProgressNotifier, Received]) -> None:
    notifier, received = channel
    for event in EVENTS:
        notifier.publish(event)
    assert received() == EVENTS


def test_other_jobs_channels_do_not_hear_it(redis_url: str) -> None:
    client = Redis.from_url(redis_url)
    listener = client.pubsub(ignore_subscribe_messages=True)
    listener.subscribe(job_channel("job-2"))
    listener.get_message(timeout=1)
    RedisProgressNotifier(client).publish(EVENTS[0])
    assert listener.get_message(timeout=0.5) is None
    listener.close()
    client.close()


async def test_litestar_channels_redis_backend_hears_a_worker_event(redis_url: str) -> None:
    """What the API process runs: a worker's plain PUBLISH reaches the channels backend's stream."""
    backend = RedisChannelsPubSubBackend(redis=AsyncRedis.from_url(redis_url))
    await backend.on_startup()
    await backend.subscribe([job_channel("job-1")])
    worker_client = Redis.from_url(redis_url)
    stream = backend.stream_events()
    RedisProgressNotifier(worker_client).publish(EVENTS[1])
    channel, data = await asyncio.wait_for(anext(stream), timeout=5)
    assert channel == job_channel("job-1")
    assert decode_event(data) == EVENTS[1]
    await backend.on_shutdown()
    worker_client.close()
