from typing import Protocol


class TaskQueue(Protocol):
    """Hands the pipeline's steps to whichever worker is free: Dramatiq workers, or the server's own loop.

    Delivery is at least once: every step must be safe to run twice.
    """

    async def enqueue_parse(self, job_id: str) -> None:
        """Read the stored file, reserve credits and fan out the classify chunks (also resumes a waiting job)."""
        ...

    async def enqueue_classify(self, job_id: str, chunk: int) -> None: ...

    async def enqueue_generate(self, job_id: str) -> None: ...
