"""After a top-up, the account's jobs waiting for credits go back to the workers."""

from application.ports.job_listing import JobListing
from application.ports.tasks import TaskQueue


class ResumeAwaitingJobs:
    def __init__(self, listing: JobListing, tasks: TaskQueue) -> None:
        self._listing, self._tasks = listing, tasks

    async def __call__(self, account_id: str) -> list[str]:
        """The ids sent back; a job the balance still cannot cover just waits again."""
        waiting = await self._listing.awaiting_credits(account_id)
        for job_id in waiting:
            await self._tasks.enqueue_parse(job_id)
        return waiting
