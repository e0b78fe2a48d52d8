"""A job's declaration: built again after review, downloaded in parts, and its per-line report as CSV or as an
Excel workbook."""

import asyncio
from typing import Any

from litestar import Controller, Request, Response, get, post
from litestar.params import FromPath, Parameter

from application.review.declaration_as_built import DeclarationAsBuilt
from application.review.job_results import JobResults
from application.review.regenerate import RegenerateDeclaration
from domain.accounts.account import Account
from domain.declaration.as_built import BuiltDeclaration
from entrypoints.bounds import LARGEST
from entrypoints.http.declaration_part import DEPRECATED_FORM, declaration_part
from entrypoints.http.downloads import attachment
from entrypoints.http.injected import Injected
from entrypoints.http.schemas.jobs import GenerationOut, JobOut, ProblemOut
from entrypoints.http.web.i18n import answer_language
from entrypoints.report_workbook import report_workbook

WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PART = "which part (1 unless over 999 goods items)"


class DeclarationController(Controller):
    path = "/processing"
    tags = ("processing",)

    @post("/jobs/{job_id:str}/declaration", status_code=200)
    async def regenerate(
        self,
        request: Request[Account, str, Any],
        job_id: FromPath[str],
        regenerate_declaration: Injected[RegenerateDeclaration],
        job_results: Injected[JobResults],
    ) -> GenerationOut:
        """Builds the declaration again from the reviewed lines; never charged twice."""
        outcome = await regenerate_declaration(request.user.id, job_id)
        job = await job_results.job(request.user.id, job_id)
        language = answer_language(request)
        return GenerationOut(JobOut.of(job, language=language), [ProblemOut.of(p, language) for p in outcome.problems])

    @get("/jobs/{job_id:str}/declaration", media_type="application/xml")
    async def declaration(
        self,
        request: Request[Account, str, Any],
        job_id: FromPath[str],
        job_results: Injected[JobResults],
        part: int | None = Parameter(default=None, ge=1, le=LARGEST, description=PART),
        form: int | None = Parameter(
            default=None,
            ge=1,
            le=LARGEST,
            description="deprecated: the old name of `part`",
            schema_extra={"deprecated": True},
        ),
    ) -> Response[bytes]:
        """One part of the declaration: a list of more than 999 goods items is declared in several (`declaration_urls`
        of the job name each); `form`, `part`'s old name, is still taken for one release, answered with a
        Deprecation header."""
        name, xml = await job_results.declaration(request.user.id, job_id, declaration_part(part, form))
        headers = {"Content-Disposition": attachment(name)} | (DEPRECATED_FORM if form is not None else {})
        return Response(xml, media_type="application/xml", headers=headers)

    @get("/jobs/{job_id:str}/declaration/as-built")
    async def as_built(
        self,
        request: Request[Account, str, Any],
        job_id: FromPath[str],
        declaration_as_built: Injected[DeclarationAsBuilt],
        part: int = Parameter(default=1, ge=1, le=LARGEST, description=PART),
    ) -> BuiltDeclaration:
        """The declaration's boxes a broker checks before lodging, read back from the XML: header boxes by name
        (those present) and each goods item; figures as the XML writes them. 409 as the download when there is
        none yet or it is outdated."""
        return await declaration_as_built(request.user.id, job_id, part)

    @get("/jobs/{job_id:str}/report.csv", media_type="text/csv")
    async def report(
        self, request: Request[Account, str, Any], job_id: FromPath[str], job_results: Injected[JobResults]
    ) -> Response[bytes]:
        """Every line with its code, confidence and alternatives; cells never start a spreadsheet formula. Litestar
        adds `charset=utf-8` to a text/* media type itself: written here too, it was sent twice."""
        name, data = await job_results.report(request.user.id, job_id)
        return Response(data, media_type="text/csv", headers={"Content-Disposition": attachment(name)})

    @get("/jobs/{job_id:str}/report.xlsx", media_type=WORKBOOK)
    async def report_workbook(
        self, request: Request[Account, str, Any], job_id: FromPath[str], job_results: Injected[JobResults]
    ) -> Response[bytes]:
        """The same report as an Excel workbook, which opens in columns in any locale's Excel."""
        name, data = await job_results.report(request.user.id, job_id, workbook=True)
        workbook = await asyncio.to_thread(report_workbook, data)
        headers = {"Content-Disposition": attachment(name.removesuffix(".csv") + ".xlsx")}
        return Response(workbook, media_type=WORKBOOK, headers=headers)
