import copy

from adapters.jobs.in_memory import InMemoryJobStore
from domain.processing.job import FINAL, JobStatus, ProcessingJob


class InMemoryJobListing:
    """The JobListing twin, over the committed jobs of an InMemoryJobStore."""

    def __init__(self, store: InMemoryJobStore) -> None:
        self._store = store

    async def of_account(self, account_id: str, offset: int = 0, limit: int = 20) -> list[ProcessingJob]:
        mine = sorted(self._mine(account_id), key=lambda job: (job.created_at, job.id), reverse=True)
        return [copy.deepcopy(job) for job in mine[offset : offset + limit]]

    async def count_of_account(self, account_id: str) -> int:
        return len(self._mine(account_id))

    async def awaiting_credits(self, account_id: str) -> list[str]:
        waiting = [job for job in self._mine(account_id) if job.status is JobStatus.AWAITING_CREDITS]
        return [job.id for job in sorted(waiting, key=lambda job: (job.created_at, job.id))]

    async def unfinished(self) -> list[ProcessingJob]:
        moving = [job for job in self._store.jobs.values()
                  if job.status not in FINAL and job.status is not JobStatus.AWAITING_CREDITS]  # fmt: skip
        return [copy.deepcopy(job) for job in sorted(moving, key=lambda job: (job.created_at, job.id))]

    def _mine(self, account_id: str) -> list[ProcessingJob]:
        return [job for job in self._store.jobs.values() if job.account_id == account_id]
