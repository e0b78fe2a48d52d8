import asyncio
from dataclasses import dataclass
from enum import StrEnum


class Step(StrEnum):
    PARSE = "parse"
    CLASSIFY = "classify"
    GENERATE = "generate"


@dataclass(frozen=True, slots=True)
class Task:
    step: Step
    job_id: str
    chunk: int = 0
    attempt: int = 1


class InProcessTaskQueue:
    """The embedded server's TaskQueue: an asyncio queue its own worker tasks drain (lost on restart,
    so the server queues unfinished jobs again when it starts)."""

    def __init__(self) -> None:
        self.pending: asyncio.Queue[Task] = asyncio.Queue()

    async def enqueue_parse(self, job_id: str) -> None:
        self.pending.put_nowait(Task(Step.PARSE, job_id))

    async def enqueue_classify(self, job_id: str, chunk: int) -> None:
        self.pending.put_nowait(Task(Step.CLASSIFY, job_id, chunk))

    async def enqueue_generate(self, job_id: str) -> None:
        self.pending.put_nowait(Task(Step.GENERATE, job_id))

    def put_back(self, task: Task) -> None:
        """Queued again as it was: a step put off, not failed."""
        self.pending.put_nowait(task)

    def retry(self, task: Task) -> None:
        self.pending.put_nowait(Task(task.step, task.job_id, task.chunk, task.attempt + 1))
