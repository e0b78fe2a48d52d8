"""Step 4: goods items from the classified lines, the country's XML, validated, stored; then charge."""

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from application.analytics.telemetry import PipelineTelemetry
from application.pipeline.header_fields import FIELD_OF_BOX
from application.ports.classifier import NationalLines, Nomenclature
from application.ports.clock import Clock
from application.ports.credits import Credits
from application.ports.jobs import JobLine, UnitOfWork
from application.ports.registry import CountryRegistry
from application.ports.storage import FileStorage
from application.processing.billing import billable_lines
from application.processing.classified_lines import to_classified_lines
from application.processing.current_tariff import under_current_tariff
from application.processing.declared_conflicts import declared_conflicts, is_declared_conflict
from application.processing.item_masses import weightless_items, without_schema_masses
from application.processing.item_problems import at_invoice_rows
from application.processing.line_report import report_csv, report_rows
from application.processing.progress import Progress
from application.processing.review_left import lines_left_to_review
from domain.declaration.costs import apportion_costs
from domain.declaration.currency import currency_taken_from_header, says_no_currency
from domain.declaration.goods_item import GoodsItem
from domain.declaration.grouping import group_into_items, item_groups, split_into_declarations
from domain.declaration.header_gaps import header_gaps
from domain.declaration.origin import origin_taken_from_header
from domain.declaration.package_kinds import package_kind_splits
from domain.declaration.packages import says_packages_not_stated
from domain.declaration.stated_packages import declare_stated_packages, packages_stated_in_header
from domain.declaration.supplementary import supplementary_gaps
from domain.goods.problems import RowProblem, Severity
from domain.processing.job import JobStatus, ProcessingJob


@dataclass(slots=True)
class GenerationOutcome:
    declaration_keys: list[str] = field(default_factory=list)
    report_key: str | None = None
    problems: list[RowProblem] = field(default_factory=list)  # errors: the declaration is not written
    warnings: list[RowProblem] = field(default_factory=list)
    unverified_lines: int = 0
    incomplete: bool = False  # the header leaves boxes out: no XML until they are filled in
    conflicts: int = 0  # lines whose supplier's code the engine contradicts: no XML until each is decided

    @property
    def withheld(self) -> bool:
        """No XML yet, and the job is not failed: a person has something to fill in or decide first (a conflict
        beside other errors, such as a line without a code, fails the first build as those errors do alone)."""
        return self.incomplete or (self.conflicts > 0 and all(map(is_declared_conflict, self.problems)))

    def found_in_declaration(self) -> list[RowProblem]:
        """Errors and warnings, marked so that building the declaration again replaces them."""
        return [replace(p, in_declaration=True) for p in (*self.problems, *self.warnings)]


class GenerateDeclaration:
    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        storage: FileStorage,
        countries: CountryRegistry,
        nomenclature: Nomenclature,
        credits: Credits,
        progress: Progress,
        clock: Clock,
        grouping: bool = True,
        *,
        telemetry: PipelineTelemetry | None = None,
        national_lines: NationalLines | None = None,
    ) -> None:
        self._telemetry, self._national_lines = telemetry, national_lines
        self._uow, self._storage, self._countries = uow, storage, countries
        self._nomenclature, self._credits = nomenclature, credits
        self._progress, self._clock, self._grouping = progress, clock, grouping

    async def __call__(self, job_id: str) -> GenerationOutcome:
        """Idempotent: a redelivered message re-renders the same files and never charges twice."""
        async with self._uow() as uow:
            job = await uow.jobs.get(job_id, for_update=True)
            if job is None or not await self._may_generate(uow, job):
                return GenerationOutcome()
            built_before = job.status is JobStatus.COMPLETED
            lines = await uow.jobs.lines(job_id)
            # while the job is locked: a review saving a line meanwhile waits, its change not overwritten
            if refreshed := await asyncio.to_thread(self._under_current_tariff, job, lines):
                await uow.jobs.put_lines(job_id, refreshed)
                by_row = {job_line.row: job_line for job_line in refreshed}
                lines = [by_row.get(job_line.row, job_line) for job_line in lines]
            if job.status is not JobStatus.GENERATING:
                job.move_to(JobStatus.GENERATING, self._clock.now())
                await uow.jobs.save(job)
            await uow.commit()
        await self._progress.publish(job, "building the declaration")
        rendered = job.header  # as it stands before the build: a change made meanwhile is built in after it
        try:
            outcome = await asyncio.to_thread(self._render, job, lines)  # seconds for a long list: off the loop
        except Exception:
            if built_before:  # a rebuild that failed leaves the job as it was, its declaration outdated
                await self._back_to_completed(job_id)
            raise
        async with self._uow() as uow:
            job = await uow.jobs.get(job_id, for_update=True) or job
            first_completion = not job.declaration_keys and not any(p.in_declaration for p in job.problems)
            self._end(job, outcome, first_completion)
            if not outcome.problems or outcome.withheld:
                job.declaration_keys = outcome.declaration_keys
                job.declaration_outdated = job.header != rendered  # changed while it was being built
            kept = [p for p in job.problems if not p.in_declaration]
            if any(says_no_currency(p) for p in outcome.warnings):
                kept = [p for p in kept if not says_no_currency(p)]
            found = outcome.found_in_declaration()
            conflicts = [p for p in found if is_declared_conflict(p)]  # first: nothing is declared until decided
            job.problems = [*conflicts, *kept, *(p for p in found if not is_declared_conflict(p))]
            await uow.jobs.save(job)
            await uow.commit()
        charged = billable_lines(lines)
        if job.status is JobStatus.FAILED:
            await self._credits.release(job.account_id, job.id)
        else:  # keyed by job: a redelivered message finds the capture already made
            await self._credits.capture(job.account_id, job.id, charged)
        await self._report(job, first_completion, charged)
        await self._progress.publish(job, _said(outcome))
        if job.status is JobStatus.COMPLETED and job.header != rendered:
            return await self(job_id)  # the header changed while it was built (a review saw GENERATING)
        return outcome

    def _under_current_tariff(self, job: ProcessingJob, lines: list[JobLine]) -> list[JobLine]:
        if self._national_lines is None:
            return []
        return under_current_tariff(lines, self._national_lines, self._nomenclature, job.country)

    def _end(self, job: ProcessingJob, outcome: GenerationOutcome, first_completion: bool) -> None:
        """FAILED or COMPLETED as the build went; as it is when another build of the job (a double-click) ended it
        meanwhile."""
        if job.status is not JobStatus.GENERATING:
            return
        if outcome.problems and first_completion and not outcome.withheld:
            job.fail("the declaration does not validate", self._clock.now())
        else:
            job.move_to(JobStatus.COMPLETED, self._clock.now())

    async def _back_to_completed(self, job_id: str) -> None:
        """Never stranded in GENERATING: the broker can still change the lines or the header and build again."""
        async with self._uow() as uow:
            job = await uow.jobs.get(job_id, for_update=True)
            if job is not None and job.status is JobStatus.GENERATING:
                job.move_to(JobStatus.COMPLETED, self._clock.now())
                job.declaration_outdated = True
                await uow.jobs.save(job)
                await uow.commit()

    async def _report(self, job: ProcessingJob, first_completion: bool, charged: int) -> None:
        if self._telemetry is None:
            return
        if job.status is JobStatus.FAILED:
            await self._telemetry.job_failed(job)
        elif first_completion:
            await self._telemetry.job_completed(job, charged)

    async def _may_generate(self, uow: UnitOfWork, job: ProcessingJob) -> bool:
        if job.status is JobStatus.MATCHING:
            return await uow.jobs.count_classified(job.id) >= job.lines_total
        return job.status in (JobStatus.GENERATING, JobStatus.COMPLETED)

    def _render(self, job: ProcessingJob, lines: list[JobLine]) -> GenerationOutcome:
        if job.header is None:
            return GenerationOutcome(problems=[RowProblem(None, "header", "the declaration header is missing")])
        renderer = self._countries.renderer(job.country)
        length = self._countries.national_code_length(job.country)
        classified, unclassified = to_classified_lines(lines, self._nomenclature, job.country, length)
        items = group_into_items(classified, job.header, grouping=self._grouping)
        apportion_costs(items, job.header)
        packages_differing = declare_stated_packages(items, job.header)
        packages_in_header = packages_stated_in_header(items, job.header)
        gaps = header_gaps(job.header, FIELD_OF_BOX)
        conflicts = declared_conflicts(lines)
        withheld = unclassified or gaps or conflicts
        declarations = [] if withheld else split_into_declarations(items, job.header)
        outcome = GenerationOutcome(problems=[*conflicts, *gaps, *unclassified], incomplete=bool(gaps))
        outcome.conflicts = sum(1 for problem in conflicts if problem.row is not None)
        if job.header.currency:
            outcome.warnings += currency_taken_from_header([c.line for c in classified], job.header)
        outcome.warnings += origin_taken_from_header([c.line for c in classified], job.header)
        outcome.warnings += supplementary_gaps(classified)
        outcome.warnings += packages_differing
        outcome.warnings += package_kind_splits(item_groups(classified, job.header, self._grouping))
        outcome.unverified_lines = sum(not c.commodity_code.verified for c in classified)
        placement: dict[int, tuple[int, GoodsItem]] = {}
        by_row = {job_line.line.row: job_line.line for job_line in lines}
        for declaration in declarations:
            xml = renderer.render(declaration)
            weightless = weightless_items(declaration, by_row)
            found = [at_invoice_rows(problem, declaration, by_row) for problem in renderer.validate(xml)]
            found = [*weightless, *without_schema_masses(found, weightless)]
            found = [p for p in found if not (packages_in_header and says_packages_not_stated(p))]
            outcome.problems += [p for p in found if p.severity is Severity.ERROR]
            outcome.warnings += [p for p in found if p.severity is not Severity.ERROR]
            key = f"jobs/{job.id}/declaration-{declaration.part_number}.xml"
            placement.update((row, (declaration.part_number, it)) for it in declaration.items for row in it.line_rows)
            if not outcome.problems:
                self._storage.put(key, xml, "application/xml")
                outcome.declaration_keys.append(key)
        if outcome.declaration_keys:
            outcome.warnings += lines_left_to_review(lines)
        outcome.report_key = f"jobs/{job.id}/report.csv"
        report = report_rows(lines, classified, placement, [*outcome.problems, *outcome.warnings])
        self._storage.put(outcome.report_key, report_csv(report), "text/csv")
        return outcome


def _said(outcome: GenerationOutcome) -> str:
    if outcome.conflicts:
        return "declaration withheld: the supplier's and the engine's codes conflict; choose them in review"
    if outcome.incomplete:
        return "declaration incomplete: the header leaves boxes out"
    return "declaration ready" if not outcome.problems else "validation failed"
