"""Bodies of uploads, jobs, their lines and the review of a line."""

from datetime import datetime

import msgspec

from application.billing.waiting_for_credits import CreditsWait
from application.pipeline.header_fields import FIELD_OF_KEY
from application.ports.jobs import JobLine
from domain.classification.candidate import Candidate, Source
from domain.goods.problems import RowProblem
from domain.processing.job import ProcessingJob
from entrypoints.http.schemas.credits import CreditsWaitOut


class JobAccepted(msgspec.Struct):
    job_id: str
    status: str
    websocket_url: str


class ProblemOut(msgspec.Struct):
    row: int | None
    column: str | None
    reason: str
    severity: str

    @classmethod
    def of(cls, problem: RowProblem) -> "ProblemOut":
        return cls(problem.row, problem.column, problem.reason, problem.severity.value)


class JobOut(msgspec.Struct):
    id: str
    filename: str
    country: str
    status: str
    progress: int
    lines_total: int
    lines_done: int
    lines_distinct: int
    created_at: datetime
    updated_at: datetime | None
    failure_reason: str | None
    problems: list[ProblemOut]
    declaration_urls: list[str]
    report_url: str | None
    waiting_for_credits: CreditsWaitOut | None = None  # set while the job is AWAITING_CREDITS
    # the header fields a broker must still fill in (PUT .../header): the declaration is incomplete until then
    header_missing: list[str] = msgspec.field(default_factory=list)

    @classmethod
    def of(cls, job: ProcessingJob, wait: CreditsWait | None = None) -> "JobOut":
        base = f"/processing/jobs/{job.id}"
        forms = len(job.declaration_keys)
        urls = [f"{base}/declaration" + (f"?form={n}" if forms > 1 else "") for n in range(1, forms + 1)]
        return cls(
            job.id, job.filename, job.country, job.status.value, job.progress, job.lines_total, job.lines_done,
            job.lines_distinct, job.created_at, job.updated_at, job.failure_reason,
            [ProblemOut.of(p) for p in job.problems], urls, f"{base}/report.csv" if forms else None,
            CreditsWaitOut.of(wait) if wait else None, _missing_fields(job),
        )  # fmt: skip


def _missing_fields(job: ProcessingJob) -> list[str]:
    missing = job.header.missing if job.header else ("header",)
    return [FIELD_OF_KEY.get(key, key) for key in missing]


class JobPage(msgspec.Struct):
    items: list[JobOut]
    total: int
    offset: int
    limit: int


class CandidateOut(msgspec.Struct):
    hs6: str
    national_code: str | None
    score: float
    rationale: str
    tariff_text: str | None

    @classmethod
    def of(cls, candidate: Candidate) -> "CandidateOut":
        return cls(candidate.hs6, candidate.national_code, round(candidate.score, 4), candidate.rationale,
                   candidate.tariff_text)  # fmt: skip


class LineOut(msgspec.Struct):
    row: int
    place: str | None  # where the reader found the line ('spreadsheet row 7'); None for lines stored before
    description: str
    declared_code: str | None
    origin: str | None
    chosen_code: str | None
    confidence: float | None
    source: str | None
    needs_review: bool | None
    rationale: str | None
    free_of_charge: bool
    free_reason: str | None
    duplicate_of: int | None
    candidates: list[CandidateOut]
    notes: list[str]
    problems: list[ProblemOut]

    @classmethod
    def of(cls, job_line: JobLine) -> "LineOut":
        line, result = job_line.line, job_line.classification
        chosen = result.chosen if result else None
        reason = _free_reason(job_line)
        return cls(
            line.row, line.place, line.description, line.declared_code, line.origin,
            (chosen.national_code or chosen.hs6) if chosen else None,
            round(result.confidence, 4) if result else None, result.source.value if result else None,
            result.needs_review if result else None, chosen.rationale if chosen else None,
            reason is not None, reason, job_line.duplicate_of,
            [CandidateOut.of(c) for c in result.candidates] if result else [], list(result.notes) if result else [],
            [ProblemOut.of(p) for p in line.problems],
        )  # fmt: skip


def _free_reason(job_line: JobLine) -> str | None:
    """Repeats of an earlier row and answers from the account's memory cost nothing."""
    if job_line.duplicate_of is not None:
        return f"repeats row {job_line.duplicate_of}"
    if job_line.classification and job_line.classification.source is Source.MEMORY:
        return "answered from your confirmed classifications"
    return None


class ReviewIn(msgspec.Struct, forbid_unknown_fields=True):
    """An HS-6 subheading or a full national tariff line; separators are ignored ("8471.30")."""

    code: str


class ReviewOut(msgspec.Struct):
    changed_rows: list[int]
    lines: list[LineOut]
    remembered: bool = True


class GenerationOut(msgspec.Struct):
    job: JobOut
    problems: list[ProblemOut]
