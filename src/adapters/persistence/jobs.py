from collections.abc import Sequence

from sqlalchemy import func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from adapters.persistence.engine import begin_write, is_sqlite
from adapters.persistence.job_rows import LINE_COLUMNS, job_from, job_row, line_from, line_row
from adapters.persistence.tables import job_lines, jobs
from application.ports.jobs import JobLine, SameFileInProgress
from domain.processing.job import JobStatus, ProcessingJob

BATCH_LINES = 1_000


class SqlJobRepository:
    """Jobs and their lines inside one unit of work's session; nothing is written until it commits."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, job: ProcessingJob) -> None:
        """SameFileInProgress when the unique index ux_jobs_one_per_file refuses it (on PostgreSQL after the
        racing transaction commits; the session is then to be rolled back, as leaving the unit of work does)."""
        await begin_write(self._session)
        try:
            await self._session.execute(jobs.insert().values(job_row(job)))
        except IntegrityError as refused:
            if "content_hash" in str(refused.orig) or "ux_jobs_one_per_file" in str(refused.orig):
                raise SameFileInProgress(job.id) from refused
            raise

    async def of_same_file(self, account_id: str, content_hash: str) -> ProcessingJob | None:
        query = (
            select(jobs)
            .where(jobs.c.account_id == account_id, jobs.c.content_hash == content_hash)
            .where(jobs.c.status != JobStatus.FAILED.value)
            .order_by(jobs.c.created_at.desc())
            .limit(1)
        )
        row = (await self._session.execute(query)).first()
        return job_from(row) if row else None

    async def get(self, job_id: str, for_update: bool = False) -> ProcessingJob | None:
        """FOR UPDATE on PostgreSQL; SQLite has one writer at a time and ignores it."""
        query = select(jobs).where(jobs.c.id == job_id)
        row = (await self._session.execute(query.with_for_update() if for_update else query)).first()
        return job_from(row) if row else None

    async def save(self, job: ProcessingJob) -> None:
        await begin_write(self._session)
        values = job_row(job)
        del values["id"]
        await self._session.execute(update(jobs).where(jobs.c.id == job.id).values(values))

    async def put_lines(self, job_id: str, lines: Sequence[JobLine]) -> None:
        """Upserts keyed by (job, row), in batches of BATCH_LINES rows sent as one executemany."""
        if not lines:
            return
        await begin_write(self._session)
        dialect = sqlite if is_sqlite(self._session) else postgresql
        insert = dialect.insert(job_lines)
        changing = {c.name: insert.excluded[c.name] for c in job_lines.c if c.name not in ("job_id", "row")}
        upsert = insert.on_conflict_do_update(index_elements=["job_id", "row"], set_=changing)
        for start in range(0, len(lines), BATCH_LINES):
            rows = [line_row(job_id, line) for line in lines[start : start + BATCH_LINES]]
            await self._session.execute(upsert, rows)

    async def lines(self, job_id: str, first_row: int = 1, limit: int | None = None) -> list[JobLine]:
        query = (
            select(*LINE_COLUMNS)
            .where(job_lines.c.job_id == job_id, job_lines.c.row >= first_row)
            .order_by(job_lines.c.row)
            .limit(limit)
        )
        return [line_from(row) for row in await self._session.execute(query)]

    async def lines_at(self, job_id: str, rows: Sequence[int]) -> list[JobLine]:
        wanted = sorted(set(rows))
        found: list[JobLine] = []
        for start in range(0, len(wanted), BATCH_LINES):
            chunk = wanted[start : start + BATCH_LINES]
            query = select(*LINE_COLUMNS).where(job_lines.c.job_id == job_id, job_lines.c.row.in_(chunk))
            found += [line_from(row) for row in await self._session.execute(query.order_by(job_lines.c.row))]
        return found

    async def count_classified(self, job_id: str) -> int:
        query = select(func.count()).where(job_lines.c.job_id == job_id, job_lines.c.classified.is_(True))
        return (await self._session.execute(query)).scalar_one()
