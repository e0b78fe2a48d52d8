from typing import Protocol

from domain.processing.job import ProcessingJob


class JobListing(Protocol):
    """Read-side queries over jobs that span more than one job row."""

    async def of_account(self, account_id: str, offset: int = 0, limit: int = 20) -> list[ProcessingJob]:
        """Newest first."""
        ...

    async def count_of_account(self, account_id: str) -> int: ...

    async def awaiting_credits(self, account_id: str) -> list[str]:
        """Ids of the account's jobs stopped in AWAITING_CREDITS, oldest first."""
        ...

    async def unfinished(self) -> list[ProcessingJob]:
        """Every job a worker still has to move on (PENDING, PARSING, MATCHING, GENERATING), oldest first."""
        ...
