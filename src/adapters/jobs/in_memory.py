import copy
from collections.abc import Sequence
from types import TracebackType
from typing import Self

from application.ports.jobs import JobLine, JobRepository
from domain.processing.job import ProcessingJob


class InMemoryJobStore:
    """What the in-memory units of work share: jobs and their lines, as committed."""

    def __init__(self) -> None:
        self.jobs: dict[str, ProcessingJob] = {}
        self.lines: dict[str, dict[int, JobLine]] = {}


class InMemoryJobRepository:
    """The JobRepository twin; hands out copies so that only a commit changes the store."""

    def __init__(self, store: InMemoryJobStore) -> None:
        self._jobs = {k: copy.deepcopy(v) for k, v in store.jobs.items()}
        self._lines: dict[str, dict[int, JobLine]] = {}
        self._store = store

    async def add(self, job: ProcessingJob) -> None:
        self._jobs[job.id] = copy.deepcopy(job)

    async def get(self, job_id: str, for_update: bool = False) -> ProcessingJob | None:
        job = self._jobs.get(job_id)
        return copy.deepcopy(job) if job else None

    async def save(self, job: ProcessingJob) -> None:
        self._jobs[job.id] = copy.deepcopy(job)

    async def put_lines(self, job_id: str, lines: Sequence[JobLine]) -> None:
        staged = self._lines.setdefault(job_id, {})
        staged.update((line.row, copy.deepcopy(line)) for line in lines)

    async def lines(self, job_id: str, first_row: int = 1, limit: int | None = None) -> list[JobLine]:
        merged = {**self._store.lines.get(job_id, {}), **self._lines.get(job_id, {})}
        rows = sorted(row for row in merged if row >= first_row)[:limit]
        return [copy.deepcopy(merged[row]) for row in rows]

    async def lines_at(self, job_id: str, rows: Sequence[int]) -> list[JobLine]:
        merged = {**self._store.lines.get(job_id, {}), **self._lines.get(job_id, {})}
        return [copy.deepcopy(merged[row]) for row in sorted(set(rows)) if row in merged]

    async def count_classified(self, job_id: str) -> int:
        merged = {**self._store.lines.get(job_id, {}), **self._lines.get(job_id, {})}
        return sum(1 for line in merged.values() if line.classification is not None)

    def commit(self) -> None:
        self._store.jobs.update(self._jobs)
        for job_id, staged in self._lines.items():
            self._store.lines.setdefault(job_id, {}).update(staged)
        self._lines = {}


class InMemoryUnitOfWork:
    jobs: JobRepository

    def __init__(self, store: InMemoryJobStore) -> None:
        self._store = store
        self.committed = False

    async def __aenter__(self) -> Self:
        self.jobs = self._staged = InMemoryJobRepository(self._store)
        self.committed = False
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.jobs = self._staged = InMemoryJobRepository(self._store)  # whatever was not committed is gone

    async def commit(self) -> None:
        self._staged.commit()
        self.committed = True
