from application.ports.progress import ProgressEvent


class RecordingProgressNotifier:
    """Keeps every event: the twin for tests, and the source for the CLI's summary."""

    def __init__(self) -> None:
        self.events: list[ProgressEvent] = []

    def publish(self, event: ProgressEvent) -> None:
        self.events.append(event)
