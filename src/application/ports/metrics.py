from collections.abc import Mapping
from typing import Protocol

Tags = Mapping[str, str]


class Metrics(Protocol):
    """Counters, gauges and distributions for an operator's monitoring (Datadog); never raises, never blocks long."""

    def increment(self, name: str, value: int = 1, tags: Tags | None = None) -> None: ...

    def gauge(self, name: str, value: float, tags: Tags | None = None) -> None: ...

    def histogram(self, name: str, value: float, tags: Tags | None = None) -> None: ...

    def timing(self, name: str, milliseconds: float, tags: Tags | None = None) -> None: ...

    def flush(self) -> None:
        """Send what is buffered now (a no-op where nothing is buffered)."""
        ...
