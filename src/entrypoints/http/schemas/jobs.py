"""Bodies of uploads and jobs; their lines and the review of a line are in schemas.lines."""

from datetime import datetime

import msgspec

from application.billing.waiting_for_credits import CreditsWait
from application.pipeline.header_fields import FIELD_OF_BOX
from application.processing.declared_conflicts import conflict_rows
from domain.goods.problems import RowProblem
from domain.processing.job import ProcessingJob
from entrypoints.http.schemas.credits import CreditsWaitOut
from entrypoints.http.web.problem_texts import translated, translated_column


class JobAccepted(msgspec.Struct):
    job_id: str
    status: str
    websocket_url: str
    # the same file's earlier job answered instead of a new one (200, nothing charged); `message` says so
    earlier_job: bool = False
    message: str | None = None
    uploaded_at: datetime | None = None  # when the earlier job's file was uploaded
    header_differs: bool = False  # the upload's header was not that job's and is not applied: change it on the job
    header_applied: bool = False  # ... unless it states boxes that job's header left blank: then it is applied


class ProblemOut(msgspec.Struct):
    """`column` and `reason` in the answer's language (English unless the request asks for Russian or Turkmen).
    `row` keys the line in the whole list; in a list read from several sheets, `sheet` and `sheet_row` are where
    the row is, as the page names it (ADR 0034). `kind` tells the problems the product acts on apart, whatever the
    language ('declared_conflict', 'packages_not_stated', 'no_currency_stated'); None for the rest."""

    row: int | None
    column: str | None
    reason: str
    severity: str
    sheet: str | None = None
    sheet_row: int | None = None
    kind: str | None = None

    @classmethod
    def of(cls, problem: RowProblem, language: str = "en") -> "ProblemOut":
        reason = translated(problem.reason, language) or problem.reason
        column = translated_column(problem.column, language)
        kind = problem.kind.value if problem.kind else None
        return cls(problem.row, column, reason, problem.severity.value, problem.sheet, problem.sheet_row, kind)


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
    # COMPLETED, but the declaration is incomplete until the header_missing fields are filled in: no XML yet
    needs_header_details: bool = False
    # rows whose supplier's code the engine confidently contradicts: no XML until a code is chosen for each
    conflict_rows: list[int] = msgspec.field(default_factory=list)
    # COMPLETED, but no XML until a person acts (needs_header_details, conflict_rows): progress stays at 95
    declaration_withheld: bool = False
    # a line's code or the header changed after the declaration was built: no download until it is built again
    # (POST .../declaration); declaration_urls and report_url are empty meanwhile
    declaration_outdated: bool = False
    # the per-line report as an Excel workbook: the same rows as report_url's CSV
    report_workbook_url: str | None = None

    @classmethod
    def of(cls, job: ProcessingJob, wait: CreditsWait | None = None, language: str = "en") -> "JobOut":
        base = f"/processing/jobs/{job.id}"
        parts = 0 if job.declaration_outdated else len(job.declaration_keys)
        urls = [f"{base}/declaration" + (f"?part={n}" if parts > 1 else "") for n in range(1, parts + 1)]
        return cls(
            job.id, job.filename, job.country, job.status.value, job.progress, job.lines_total, job.lines_done,
            job.lines_distinct, job.created_at, job.updated_at, translated(job.failure_reason, language),
            [ProblemOut.of(p, language) for p in job.problems], urls, f"{base}/report.csv" if parts else None,
            CreditsWaitOut.of(wait) if wait else None, _missing_fields(job), job.needs_header_details,
            conflict_rows(job.problems), job.declaration_withheld, job.declaration_outdated,
            f"{base}/report.xlsx" if parts else None,
        )  # fmt: skip


def _missing_fields(job: ProcessingJob) -> list[str]:
    missing = job.header.missing if job.header else ("header",)
    return [FIELD_OF_BOX.get(box, box) for box in missing]


class JobPage(msgspec.Struct):
    items: list[JobOut]
    total: int
    offset: int
    limit: int


class GenerationOut(msgspec.Struct):
    job: JobOut
    problems: list[ProblemOut]
