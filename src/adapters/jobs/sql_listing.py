from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from adapters.persistence.job_rows import job_from
from adapters.persistence.tables import jobs
from domain.processing.job import JobStatus, ProcessingJob

_MOVING = [JobStatus.PENDING.value, JobStatus.PARSING.value, JobStatus.MATCHING.value, JobStatus.GENERATING.value]


class SqlJobListing:
    """JobListing over the persistence adapter's `jobs` table (indexed by account and by status)."""

    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    async def of_account(self, account_id: str, offset: int = 0, limit: int = 20) -> list[ProcessingJob]:
        query = (select(jobs).where(jobs.c.account_id == account_id)
                 .order_by(jobs.c.created_at.desc(), jobs.c.id.desc()).offset(offset).limit(limit))  # fmt: skip
        async with self._sessions() as session:
            return [job_from(row) for row in await session.execute(query)]

    async def count_of_account(self, account_id: str) -> int:
        query = select(func.count()).select_from(jobs).where(jobs.c.account_id == account_id)
        async with self._sessions() as session:
            return int((await session.execute(query)).scalar_one())

    async def awaiting_credits(self, account_id: str) -> list[str]:
        query = (select(jobs.c.id).where(jobs.c.account_id == account_id,
                                         jobs.c.status == JobStatus.AWAITING_CREDITS.value)
                 .order_by(jobs.c.created_at, jobs.c.id))  # fmt: skip
        async with self._sessions() as session:
            return list((await session.execute(query)).scalars())

    async def unfinished(self) -> list[ProcessingJob]:
        query = select(jobs).where(jobs.c.status.in_(_MOVING)).order_by(jobs.c.created_at, jobs.c.id)
        async with self._sessions() as session:
            return [job_from(row) for row in await session.execute(query)]
