from datadog.dogstatsd.base import DogStatsd

from adapters.metrics.tags import datadog_tags
from application.ports.metrics import Tags


class DogStatsdMetrics:
    """UDP datagrams to a Datadog agent's DogStatsD port: `name:value|type|#tag:value`, one per call, unbuffered."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 8125,
        constant_tags: Tags | None = None,
        origin_detection: bool = True,
    ) -> None:
        """`origin_detection` lets the agent tag by container (a `|c:` field on each datagram inside one)."""
        self._client = DogStatsd(
            host=host, port=port, disable_telemetry=True, constant_tags=datadog_tags(constant_tags) or None,
            origin_detection_enabled=origin_detection,
        )  # fmt: skip

    def increment(self, name: str, value: int = 1, tags: Tags | None = None) -> None:
        self._client.increment(name, value, tags=datadog_tags(tags) or None)

    def gauge(self, name: str, value: float, tags: Tags | None = None) -> None:
        self._client.gauge(name, value, tags=datadog_tags(tags) or None)

    def histogram(self, name: str, value: float, tags: Tags | None = None) -> None:
        self._client.histogram(name, value, tags=datadog_tags(tags) or None)

    def timing(self, name: str, milliseconds: float, tags: Tags | None = None) -> None:
        self._client.timing(name, milliseconds, tags=datadog_tags(tags) or None)

    def flush(self) -> None:
        self._client.flush()

    def close(self) -> None:
        self._client.close_socket()
