from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class ProgressEvent:
    job_id: str
    status: str
    progress: int
    lines_done: int
    lines_total: int
    message: str = ""
    download_url: str | None = None


class ProgressNotifier(Protocol):
    def publish(self, event: ProgressEvent) -> None: ...
