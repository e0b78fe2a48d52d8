from types import TracebackType
from typing import Self

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from adapters.persistence.jobs import SqlJobRepository
from application.ports.jobs import JobRepository


class SqlUnitOfWork:
    """One session, one transaction: rolled back on leaving unless `commit()` was called."""

    jobs: JobRepository  # the port's type: protocol attributes are invariant

    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._session_factory = session_factory
        self._session: AsyncSession | None = None

    async def __aenter__(self) -> Self:
        self._session = self._session_factory()
        self.jobs = SqlJobRepository(self._session)
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        session, self._session = self._session, None
        if session is not None:
            await session.rollback()
            await session.close()

    async def commit(self) -> None:
        if self._session is None:
            raise RuntimeError("commit() outside `async with` of the unit of work")
        await self._session.commit()
