from collections.abc import Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Protocol, Self

from domain.classification.candidate import Classification
from domain.goods.product_line import ProductLine
from domain.processing.job import ProcessingJob


@dataclass(slots=True)
class JobLine:
    """A product line of a job, with what classification made of it (None until classified)."""

    line: ProductLine
    classification: Classification | None = None
    duplicate_of: int | None = None  # row of the first identical description in the same file

    @property
    def row(self) -> int:
        return self.line.row


class SameFileInProgress(Exception):
    """Adding a job for a file the account already has a job for that has not failed (and was not started again on
    purpose): two uploads racing with the same bytes. Raised by `add` or `commit`; nothing is stored."""


class JobRepository(Protocol):
    async def add(self, job: ProcessingJob) -> None:
        """SameFileInProgress for a second unfailed job of the same account and content_hash (see the class)."""
        ...

    async def of_same_file(self, account_id: str, content_hash: str) -> ProcessingJob | None:
        """The account's latest job for the same bytes that has not failed, if any."""
        ...

    async def get(self, job_id: str, for_update: bool = False) -> ProcessingJob | None:
        """`for_update` locks the job row until the unit of work ends (workers racing on one job)."""
        ...

    async def save(self, job: ProcessingJob) -> None: ...

    async def put_lines(self, job_id: str, lines: Sequence[JobLine]) -> None:
        """Insert or replace lines keyed by (job, row): running it twice leaves one copy."""
        ...

    async def lines(self, job_id: str, first_row: int = 1, limit: int | None = None) -> list[JobLine]:
        """Lines in row order, from `first_row` on."""
        ...

    async def lines_at(self, job_id: str, rows: Sequence[int]) -> list[JobLine]:
        """The lines at the given rows (those that exist), in row order."""
        ...

    async def count_classified(self, job_id: str) -> int: ...


class UnitOfWork(Protocol):
    """A transaction: rolls back on leaving unless `commit()` was called."""

    jobs: JobRepository

    async def __aenter__(self) -> Self: ...

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None: ...

    async def commit(self) -> None: ...
