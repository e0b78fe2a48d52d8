"""`get(for_update=True)` on PostgreSQL: a second worker waits for the first to commit, then sees its change."""

import asyncio
from collections.abc import AsyncIterator

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tests.adapters.persistence.test_unit_of_work import a_job
from tests.services import empty_postgres

from adapters.persistence.engine import make_session_factory
from adapters.persistence.unit_of_work import SqlUnitOfWork

pytestmark = pytest.mark.services


@pytest.fixture
async def sessions(postgres_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    engine = await empty_postgres(postgres_url)
    yield make_session_factory(engine)
    await engine.dispose()


async def test_a_locked_job_is_read_by_the_next_worker_only_after_commit(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with SqlUnitOfWork(sessions) as uow:
        await uow.jobs.add(a_job())
        await uow.commit()

    async def second_worker() -> int:
        async with SqlUnitOfWork(sessions) as uow:
            job = await uow.jobs.get("job-1", for_update=True)
            assert job is not None
            return job.lines_done

    async with SqlUnitOfWork(sessions) as first:
        job = await first.jobs.get("job-1", for_update=True)
        assert job is not None
        waiting = asyncio.create_task(second_worker())
        await asyncio.sleep(0.3)
        assert not waiting.done()
        job.lines_done = 3
        await first.jobs.save(job)
        await first.commit()
    assert await asyncio.wait_for(waiting, timeout=10) == 3
