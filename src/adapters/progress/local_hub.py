from collections.abc import Callable

from application.ports.progress import ProgressEvent

Listener = Callable[[ProgressEvent], None]


class LocalProgressHub:
    """The embedded server's pub/sub: the in-process worker publishes, the WebSocket side listens."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def listen(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def publish(self, event: ProgressEvent) -> None:
        for listener in self._listeners:
            listener(event)
