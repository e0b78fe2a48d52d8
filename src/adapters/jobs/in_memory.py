import copy
from collections.abc import Sequence
from types import TracebackType
from typing import Self

from application.ports.jobs import JobLine, JobRepository, SameFileInProgress
from domain.processing.job import JobStatus, ProcessingJob


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
        self._added: set[str] = set()
        self._store = store

    async def add(self, job: ProcessingJob) -> None:
        if _claims_its_file(job) and any(_same_claim(job, other) for other in self._jobs.values()):
            raise SameFileInProgress(job.id)
        self._jobs[job.id] = copy.deepcopy(job)
        self._added.add(job.id)

    async def of_same_file(self, account_id: str, content_hash: str) -> ProcessingJob | None:
        same = [
            job for job in self._jobs.values()
            if (job.account_id, job.content_hash) == (account_id, content_hash) and job.status is not JobStatus.FAILED
        ]  # fmt: skip
        return copy.deepcopy(max(same, key=lambda job: job.created_at)) if same else None

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
        """SameFileInProgress, committing nothing, when another unit of work committed a job for the same file
        meanwhile (the unique index of the SQL adapter)."""
        for job in (self._jobs[job_id] for job_id in self._added):
            if _claims_its_file(job) and any(_same_claim(job, other) for other in self._store.jobs.values()):
                raise SameFileInProgress(job.id)
        self._store.jobs.update(self._jobs)
        for job_id, staged in self._lines.items():
            self._store.lines.setdefault(job_id, {}).update(staged)
        self._lines, self._added = {}, set()


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


def _claims_its_file(job: ProcessingJob) -> bool:
    """A job that answers for its file: one with a content hash, not failed, not started again on purpose."""
    return job.content_hash is not None and job.status is not JobStatus.FAILED and not job.started_again


def _same_claim(job: ProcessingJob, other: ProcessingJob) -> bool:
    """Another job answering for the same account's same bytes (the SQL adapter's ux_jobs_one_per_file)."""
    same_file = (other.account_id, other.content_hash) == (job.account_id, job.content_hash)
    return other.id != job.id and same_file and _claims_its_file(other)
