"""A processing job: one uploaded product list on its way to a declaration."""

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from domain.declaration.header import DeclarationHeader
from domain.errors import IllegalTransition
from domain.goods.problems import RowProblem


class JobStatus(StrEnum):
    PENDING = "PENDING"
    PARSING = "PARSING"
    AWAITING_CREDITS = "AWAITING_CREDITS"
    MATCHING = "MATCHING"
    GENERATING = "GENERATING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"


_NEXT: dict[JobStatus, frozenset[JobStatus]] = {
    JobStatus.PENDING: frozenset({JobStatus.PARSING}),
    JobStatus.PARSING: frozenset({JobStatus.MATCHING, JobStatus.AWAITING_CREDITS}),
    JobStatus.AWAITING_CREDITS: frozenset({JobStatus.MATCHING}),
    JobStatus.MATCHING: frozenset({JobStatus.GENERATING}),
    JobStatus.GENERATING: frozenset({JobStatus.COMPLETED}),
    JobStatus.COMPLETED: frozenset({JobStatus.GENERATING}),  # re-generate after review
    JobStatus.FAILED: frozenset(),
}
FINAL = frozenset({JobStatus.COMPLETED, JobStatus.FAILED})


@dataclass(slots=True)
class ProcessingJob:
    id: str
    account_id: str
    filename: str
    storage_key: str
    country: str
    created_at: datetime
    status: JobStatus = JobStatus.PENDING
    lines_total: int = 0
    lines_done: int = 0
    lines_distinct: int = 0  # lines whose description is not a repeat of an earlier row
    header: DeclarationHeader | None = None
    named_columns: dict[str, str] = field(default_factory=dict)  # field -> header, for columns not to be guessed
    sheets: list[str] = field(default_factory=list)  # the workbook's sheets to read; none: every sheet of goods
    failure_reason: str | None = None
    problems: list[RowProblem] = field(default_factory=list)
    declaration_keys: list[str] = field(default_factory=list)
    updated_at: datetime | None = None
    content_hash: str | None = None  # sha256 of the uploaded bytes: the same file again answers with this job
    started_again: bool = False  # the broker started the same file again on purpose: it does not answer for it
    # a line's code or the header changed after the declaration was built: it is not served until built again
    declaration_outdated: bool = False

    def can_move_to(self, target: JobStatus) -> bool:
        if target is JobStatus.FAILED:
            return self.status not in FINAL
        return target in _NEXT[self.status]

    def move_to(self, target: JobStatus, now: datetime) -> None:
        if not self.can_move_to(target):
            raise IllegalTransition(f"job {self.id}: {self.status} -> {target} is not allowed")
        self.status = target
        self.updated_at = now

    def fail(self, reason: str, now: datetime) -> None:
        self.move_to(JobStatus.FAILED, now)
        self.failure_reason = reason

    @property
    def has_declaration(self) -> bool:
        """Completed with XML written from the lines and header as they are (a declaration left incomplete by blank
        header boxes has none, one built before a correction is outdated)."""
        return self.status is JobStatus.COMPLETED and bool(self.declaration_keys) and not self.declaration_outdated

    @property
    def needs_header_details(self) -> bool:
        """Completed, but blank header boxes leave the declaration incomplete: no XML until they are filled in.
        A flag on COMPLETED rather than a status of its own: filling them in builds it again from COMPLETED."""
        return (
            self.status is JobStatus.COMPLETED
            and not self.declaration_keys
            and bool(self.header and self.header.missing)
        )

    @property
    def declaration_withheld(self) -> bool:
        """Completed, but its declaration withheld until a person acts: blank header boxes to fill in
        (needs_header_details), or lines whose supplier's code conflicts with the engine's to decide in review."""
        return self.status is JobStatus.COMPLETED and not self.declaration_keys

    @property
    def progress(self) -> int:
        """Percent done: parsing is the first 10, matching up to 90, generating the rest; 100 only with a
        declaration to download: a job whose declaration is withheld or outdated stops at 95 until a person has
        acted."""
        if self.status is JobStatus.COMPLETED:
            return 100 if self.has_declaration else 95
        if self.status in (JobStatus.PENDING, JobStatus.PARSING):
            return 0 if self.status is JobStatus.PENDING else 5
        if self.status is JobStatus.GENERATING:
            return 95
        if self.lines_total == 0:
            return 10
        return 10 + int(80 * self.lines_done / self.lines_total)
