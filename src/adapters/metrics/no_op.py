from application.ports.metrics import Tags


class NoMetrics:
    """Metrics switched off (the default): every call does nothing."""

    def increment(self, name: str, value: int = 1, tags: Tags | None = None) -> None:
        return

    def gauge(self, name: str, value: float, tags: Tags | None = None) -> None:
        return

    def histogram(self, name: str, value: float, tags: Tags | None = None) -> None:
        return

    def timing(self, name: str, milliseconds: float, tags: Tags | None = None) -> None:
        return

    def flush(self) -> None:
        return
