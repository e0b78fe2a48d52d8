from redis import Redis

from adapters.progress.job_channel import encode_event, job_channel
from application.ports.progress import ProgressEvent


class RedisProgressNotifier:
    """Publishes each event as JSON on the job's Redis channel, where every API process's
    Litestar channels backend (RedisChannelsPubSubBackend) hears it, whichever worker sent it."""

    def __init__(self, client: Redis) -> None:
        self._client = client

    def publish(self, event: ProgressEvent) -> None:
        self._client.publish(job_channel(event.job_id), encode_event(event))
