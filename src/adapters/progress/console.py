from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from application.ports.progress import ProgressEvent


class ConsoleProgressNotifier:
    """A progress bar on stderr while a job runs, shown only when stderr is a terminal."""

    def __init__(self) -> None:
        console = Console(stderr=True)
        self._bar = Progress(
            TextColumn("{task.description}"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
            TimeElapsedColumn(), console=console, disable=not console.is_terminal, transient=True,
        )  # fmt: skip
        self._tasks: dict[str, TaskID] = {}

    def __enter__(self) -> "ConsoleProgressNotifier":
        self._bar.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self._bar.stop()

    def publish(self, event: ProgressEvent) -> None:
        if event.job_id not in self._tasks:
            self._tasks[event.job_id] = self._bar.add_task(event.message, total=100)
        self._bar.update(self._tasks[event.job_id], completed=event.progress, description=event.message)
