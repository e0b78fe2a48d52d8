"""Step 1: the stored file becomes validated product lines of the job."""

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import replace
from decimal import Decimal

from application.analytics.telemetry import PipelineTelemetry
from application.ports.clock import Clock
from application.ports.jobs import JobLine, UnitOfWork
from application.ports.reader import ProductListReader, UnusableFile
from application.ports.storage import FileStorage
from application.processing.line_keys import description_key
from application.processing.progress import Progress
from domain.declaration.currency import (
    header_currency_taken,
    in_another_currency,
    in_the_lists_currency,
    says_no_currency,
)
from domain.declaration.header import DeclarationHeader
from domain.goods.declarable import missing_columns, unstated_gross_mass, unstated_value, wordless_description
from domain.goods.declarable_sizes import ListSizes
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_list import ProductList
from domain.processing.job import JobStatus

MAX_PROBLEMS = 1_000
NO_PRODUCT_LINES = "the list has no product lines below its header, only total, charge or blank rows"


class ParseProductList:
    def __init__(
        self,
        uow: Callable[[], UnitOfWork],
        storage: FileStorage,
        reader: ProductListReader,
        progress: Progress,
        clock: Clock,
        *,
        telemetry: PipelineTelemetry | None = None,
    ) -> None:
        self._uow, self._storage, self._reader = uow, storage, reader
        self._progress, self._clock, self._telemetry = progress, clock, telemetry

    async def __call__(self, job_id: str) -> bool:
        """True when the job has lines and may go on to classification; idempotent."""
        async with self._uow() as uow:
            job = await uow.jobs.get(job_id, for_update=True)
            if job is None or job.status not in (JobStatus.PENDING, JobStatus.PARSING):
                return job is not None and job.status is not JobStatus.FAILED
            if job.status is JobStatus.PENDING:
                job.move_to(JobStatus.PARSING, self._clock.now())
                await uow.jobs.save(job)
                await uow.commit()
        await self._progress.publish(job, "reading the product list")
        try:
            data = await asyncio.to_thread(self._storage.get, job.storage_key)
            chunks = await asyncio.to_thread(  # it opens and checks the whole file before it returns
                self._reader.read_chunks,
                data,
                job.filename,
                named_columns=job.named_columns,
                sheets=job.sheets,
                country=job.country,
            )
            return await self._store(job_id, _off_the_loop(sheet_openings(chunks)), job.header)
        except UnusableFile as error:
            return await self._fail(job_id, [RowProblem(None, None, str(error))])

    async def _store(
        self, job_id: str, chunks: AsyncIterator[tuple[bool, ProductList]], header: DeclarationHeader | None
    ) -> bool:
        """Chunk by chunk, so a million-line file is never all Python objects at once."""
        first_row_of: dict[str, int] = {}
        problems: list[RowProblem] = []
        invoiced_in: DeclarationHeader | None = None  # the header turned to the list's own currency
        total, sizes = 0, None
        async for opens, chunk in chunks:
            if header and header.currency_assumed:  # the first chunk tells the list's currency
                header, turned = in_the_lists_currency(header, chunk.lines)
                problems += [turned] if turned else []
                invoiced_in = header if turned else None
                header = replace(header, currency_assumed=False)  # decided once, by the first chunk
            sizes = sizes or ListSizes(header.exchange_rate if header else Decimal(1))  # the rate of that currency
            _check_declarable(chunk, header, sizes)
            problems += chunk_problems(opens, chunk)
            total += len(chunk.lines)
            lines = []
            for line in chunk.lines:
                original = first_row_of.setdefault(description_key(line.description), line.row)
                lines.append(JobLine(line, duplicate_of=None if original == line.row else original))
            if not any(p.severity is Severity.ERROR for p in problems):
                async with self._uow() as uow:
                    await uow.jobs.put_lines(job_id, lines)
                    await uow.commit()
        problems += sizes.totals_too_large() if sizes else []
        if total == 0:
            problems.append(RowProblem(None, None, NO_PRODUCT_LINES))
        if any(p.severity is Severity.ERROR for p in problems):
            return await self._fail(job_id, problems)
        if header and header.currency and any(says_no_currency(p) for p in problems):  # given: no advice to write it
            problems = [p for p in problems if not says_no_currency(p)] + [header_currency_taken(header)]
        async with self._uow() as uow:
            job = await uow.jobs.get(job_id, for_update=True)
            if job is None or job.status is not JobStatus.PARSING:
                return job is not None and job.status is not JobStatus.FAILED
            job.lines_total, job.lines_distinct = total, len(first_row_of)
            job.header = invoiced_in or (replace(job.header, currency_assumed=False) if job.header else None)
            job.problems = _capped(problems)
            await uow.jobs.save(job)
            await uow.commit()
        return True

    async def _fail(self, job_id: str, problems: list[RowProblem]) -> bool:
        async with self._uow() as uow:
            job = await uow.jobs.get(job_id, for_update=True)
            if job is None or not job.can_move_to(JobStatus.FAILED):
                return False
            job.fail(_failure_reason(problems), self._clock.now())
            job.problems = _capped(problems)
            await uow.jobs.save(job)
            await uow.commit()
        await self._progress.publish(job, job.failure_reason or "failed")
        if self._telemetry:
            await self._telemetry.job_failed(job)
        return False


def sheet_openings(chunks: Iterator[ProductList]) -> Iterator[tuple[bool, ProductList]]:
    """Each chunk, and whether it opens the list or one of the sheets it is read from (which has its own columns)."""
    before: object = object()
    for chunk in chunks:
        yield chunk.sheet != before, chunk
        before = chunk.sheet


async def _off_the_loop(
    openings: Iterator[tuple[bool, ProductList]],
) -> AsyncIterator[tuple[bool, ProductList]]:
    """Each chunk read in a thread: reading a long list takes seconds, during which the embedded server's own loop
    (its pages, its sockets) goes on answering."""
    while (item := await asyncio.to_thread(next, openings, None)) is not None:
        yield item


def chunk_problems(opens: bool, chunk: ProductList) -> list[RowProblem]:
    """The chunk's row and file problems; the missing columns once for the file, or for each of its sheets (with
    the chunk that `opens` it)."""
    missing = missing_columns(chunk.columns) if opens else []
    if chunk.sheet:
        missing = [replace(problem, reason=f"sheet '{chunk.sheet}': {problem.reason}") for problem in missing]
    return missing + chunk.all_problems()


def _failure_reason(problems: list[RowProblem]) -> str:
    """Errors and warnings counted apart, as they are listed apart."""
    errors = sum(1 for p in problems if p.severity is Severity.ERROR)
    warnings = len(problems) - errors
    return f"the product list has {errors} problem(s) to fix" + (f" and {warnings} warning(s)" if warnings else "")


def _check_declarable(chunk: ProductList, header: DeclarationHeader | None, sizes: ListSizes) -> None:
    """What the declaration needs of each line beyond the reader's checks, recorded on the line (named by its row
    on its sheet, as the reader's problems are)."""
    for line in chunk.lines:
        found = [
            wordless_description(line, chunk.columns),
            unstated_value(line, chunk.columns),
            unstated_gross_mass(line, chunk.columns),
            # a draft header without a currency judges no line's
            in_another_currency(line, header, chunk.columns) if header is not None and header.currency else None,
        ]
        found += sizes.too_large(line, chunk.columns)
        line.problems += [chunk.on_its_sheet(problem) for problem in found if problem is not None]


def _capped(problems: list[RowProblem]) -> list[RowProblem]:
    """Errors first, then the file's own warnings, then the rows'; past MAX_PROBLEMS a last line says how many
    more there are."""
    ordered = sorted(problems, key=lambda p: (p.severity is not Severity.ERROR, p.row is not None))
    if len(ordered) <= MAX_PROBLEMS:
        return ordered
    rest = RowProblem(
        None, None, f"... and {len(ordered) - MAX_PROBLEMS} more problem(s)", ordered[MAX_PROBLEMS].severity
    )
    return [*ordered[:MAX_PROBLEMS], rest]
