"""The account's jobs: status, lines, review and the header (the declaration and its files: declaration.py)."""

from functools import partial
from typing import Annotated, Any

from litestar import Controller, Request, get, patch, put
from litestar.params import FromPath, JSONBody, Parameter

from application.billing.waiting_for_credits import WaitingForCredits
from application.pipeline.header_fields import DEFAULT_FIELDS, FIELD_KEYS
from application.ports.classifier import LanguageTariffTexts
from application.ports.jobs import JobLine
from application.review.job_header import ChangeJobHeader
from application.review.job_results import JobResults
from application.review.review_line import ReviewLine
from domain.accounts.account import Account
from entrypoints.bounds import LARGEST
from entrypoints.http.header_form import changed_header
from entrypoints.http.injected import Injected
from entrypoints.http.schemas.accounts import ProfileIn
from entrypoints.http.schemas.jobs import JobOut, JobPage
from entrypoints.http.schemas.lines import LineOut, ReviewIn, ReviewOut
from entrypoints.http.web.i18n import answer_language


class ProcessingController(Controller):
    """A job's problems and failure come in the language the request asks for (see answer_language)."""

    path = "/processing"
    tags = ("processing",)

    @get("/jobs")
    async def jobs(
        self,
        request: Request[Account, str, Any],
        job_results: Injected[JobResults],
        waiting_for_credits: Injected[WaitingForCredits],
        offset: int = Parameter(default=0, ge=0, le=LARGEST),
        limit: int = Parameter(default=20, ge=1, le=200),
    ) -> JobPage:
        """My jobs, newest first."""
        jobs, total = await job_results.page(request.user.id, offset, limit)
        language = answer_language(request)
        return JobPage([JobOut.of(job, await waiting_for_credits(job), language) for job in jobs], total, offset, limit)

    @get("/jobs/{job_id:str}")
    async def job(
        self,
        request: Request[Account, str, Any],
        job_id: FromPath[str],
        job_results: Injected[JobResults],
        waiting_for_credits: Injected[WaitingForCredits],
    ) -> JobOut:
        """`waiting_for_credits` says, while the job waits, the credits it needs, the balance and what to buy."""
        job = await job_results.job(request.user.id, job_id)
        return JobOut.of(job, await waiting_for_credits(job), answer_language(request))

    @get("/jobs/{job_id:str}/lines")
    async def lines(
        self,
        request: Request[Account, str, Any],
        job_id: FromPath[str],
        job_results: Injected[JobResults],
        tariff_nomenclature: Injected[LanguageTariffTexts],
        from_row: int = Parameter(default=1, ge=1, le=LARGEST),
        limit: int = Parameter(default=100, ge=1, le=1000),
    ) -> list[LineOut]:
        """Lines from `from_row` on, each with its candidates, chosen code, confidence, source and rationale; a
        national line's text in the language asked for when the tariff has it."""
        lines = await job_results.lines(request.user.id, job_id, from_row, limit)
        return _lines_out(lines, answer_language(request), tariff_nomenclature)

    @patch("/jobs/{job_id:str}/lines/{row:int}")
    async def review(
        self,
        request: Request[Account, str, Any],
        job_id: FromPath[str],
        row: Annotated[int, Parameter(ge=1, le=LARGEST)],
        data: JSONBody[ReviewIn],
        review_line: Injected[ReviewLine],
        tariff_nomenclature: Injected[LanguageTariffTexts],
    ) -> ReviewOut:
        """Choose another code for a line (and its repeats); remembered for this account's next files. A changed
        code leaves the declaration outdated: not served (409) until POST .../declaration builds it again."""
        changed = await review_line(request.user, job_id, row, data.code, data.seen)
        return ReviewOut(
            [line.row for line in changed], _lines_out(changed, answer_language(request), tariff_nomenclature)
        )

    @put("/jobs/{job_id:str}/header")
    async def header(
        self,
        request: Request[Account, str, Any],
        job_id: FromPath[str],
        data: JSONBody[ProfileIn],
        change_job_header: Injected[ChangeJobHeader],
    ) -> JobOut:
        """Fill in (or correct) the job's declaration header fields; blank ones keep their value, wrong ones are a
        422 naming each. The declaration is built again with them (outdated, and not served, if that fails)."""
        job = await change_job_header(
            request.user.id, job_id, lambda locked: changed_header(locked.country, locked.header, data.fields)
        )
        return JobOut.of(job, language=answer_language(request))

    @get("/header-fields")
    async def header_fields(self) -> dict[str, dict[str, str]]:
        """The declaration header fields an upload form, a job or a profile may set, with the service's defaults
        (only the procedure, IM 4: a field without one left blank makes the declaration incomplete)."""
        return {name: {"header_file_key": key, "default": DEFAULT_FIELDS.get(name, "")}
                for name, key in FIELD_KEYS.items()}  # fmt: skip


def _lines_out(lines: list[JobLine], language: str, tariffs: LanguageTariffTexts) -> list[LineOut]:
    """The lines as the API shows them, national lines' texts in `language` where the tariff has it."""
    texts = partial(tariffs.tariff_text, language=language)
    return [LineOut.of(line, language, texts) for line in lines]
