"""The JobRepository / UnitOfWork contract, run against the in-memory twin, SQLite and PostgreSQL."""

import asyncio
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

from tests.application.fakes import header, line
from tests.services import Backend

from application.ports.jobs import JobLine
from domain.classification.candidate import Candidate, Classification, Source
from domain.goods.problems import ProblemKind, RowProblem, Severity
from domain.goods.product_line import ProductLine
from domain.measures import Mass, Money, Quantity
from domain.processing.job import JobStatus, ProcessingJob

CREATED = datetime(2026, 11, 25, 9, 30, 15, 123456, tzinfo=UTC)


def a_job(job_id: str = "job-1") -> ProcessingJob:
    return ProcessingJob(
        id=job_id, account_id="acc-1", filename="счёт-фактура.xlsx", storage_key=f"uploads/acc-1/{job_id}/f.xlsx",
        country="TM", created_at=CREATED, status=JobStatus.MATCHING, lines_total=3, lines_done=1, lines_distinct=2,
        header=header(), named_columns={"origin": "Ülke"}, failure_reason=None,
        problems=[RowProblem(2, "Вес нетто", "net mass is above gross mass", Severity.WARNING),
                  RowProblem(None, None, "totals differ"),
                  RowProblem(4, "declared_code", "the supplier's code ...", sheet="Invoice 2", sheet_row=1,
                             kind=ProblemKind.DECLARED_CONFLICT)],
        declaration_keys=["jobs/job-1/declaration-1.xml"],
        updated_at=CREATED.astimezone(timezone(timedelta(hours=5))),
    )  # fmt: skip


def an_exact_line(row: int) -> ProductLine:
    return ProductLine(
        row=row, description="Чай зелёный / green tea 100 g", quantity=Quantity(Decimal("12.500"), "KGM"),
        net_mass=Mass(Decimal("0.000001")), gross_mass=Mass(Decimal("123456789012.123456")),
        value=Money(Decimal("19.90"), "USD"), origin="CN", declared_code="090210", packages=3, package_kind="CT",
        unit_price=Decimal("1.5920"), place=f"spreadsheet row {row + 6}",
        problems=[RowProblem(row, "Origin", "guessed", Severity.WARNING)],
    )  # fmt: skip


def classified(code: str) -> Classification:
    return Classification(
        [Candidate(code, 0.8731, "green tea, leaf", "090210000", "Green tea"), Candidate("090220", 0.1, "other")],
        Source.ENGINE, 0.8731, needs_review=True, notes=["material not stated"],
    )  # fmt: skip


async def stored(backend: Backend, *lines: JobLine, job: ProcessingJob | None = None) -> ProcessingJob:
    job = job or a_job()
    async with backend.uow() as uow:
        await uow.jobs.add(job)
        await uow.jobs.put_lines(job.id, list(lines))
        await uow.commit()
    return job


async def test_a_job_round_trips_with_its_header_and_problems(backend: Backend) -> None:
    job = await stored(backend)
    async with backend.uow() as uow:
        assert await uow.jobs.get(job.id) == job
        assert await uow.jobs.get("no-such-job") is None


async def test_a_job_without_header_round_trips(backend: Backend) -> None:
    job = a_job()
    job.header, job.problems, job.declaration_keys, job.updated_at = None, [], [], None
    await stored(backend, job=job)
    async with backend.uow() as uow:
        assert await uow.jobs.get(job.id) == job


async def test_nothing_is_kept_without_commit(backend: Backend) -> None:
    async with backend.uow() as uow:
        await uow.jobs.add(a_job())
    async with backend.uow() as uow:
        assert await uow.jobs.get("job-1") is None


async def test_save_changes_the_job_for_the_next_unit_of_work(backend: Backend) -> None:
    await stored(backend)
    async with backend.uow() as uow:
        job = await uow.jobs.get("job-1", for_update=True)
        assert job is not None
        job.move_to(JobStatus.GENERATING, CREATED + timedelta(minutes=1))
        job.lines_done = 3
        job.declaration_outdated = True
        await uow.jobs.save(job)
        await uow.commit()
    async with backend.uow() as uow:
        assert await uow.jobs.get("job-1") == job


async def test_a_line_round_trips_exactly(backend: Backend) -> None:
    original = JobLine(an_exact_line(1), classified("090210"))
    plain = JobLine(ProductLine(row=2, description="Laptop"), None, duplicate_of=1)
    await stored(backend, original, plain)
    async with backend.uow() as uow:
        assert await uow.jobs.lines("job-1") == [original, plain]


async def test_a_line_keeps_where_the_reader_found_it_through_a_review(backend: Backend) -> None:
    """Declaration messages name the place ('spreadsheet row 7'): it must survive storing, reading back and the
    review's put of the changed lines; a line the reader placed nowhere comes back without a place."""
    placed, unplaced = an_exact_line(1), line(2, "Laptop")
    await stored(backend, JobLine(placed), JobLine(unplaced))
    async with backend.uow() as uow:
        reviewed = await uow.jobs.lines_at("job-1", [1])
        reviewed[0].classification = classified("090210")
        await uow.jobs.put_lines("job-1", reviewed)
        await uow.commit()
    async with backend.uow() as uow:
        assert [ln.line.place for ln in await uow.jobs.lines("job-1")] == ["spreadsheet row 7", None]


async def test_a_line_keeps_its_sheet_and_its_row_there(backend: Backend) -> None:
    """In a list read from several sheets, the declaration's messages name a line by its row on its sheet (ADR
    0034): both survive storing and reading back; a line of a single sheet comes back without them."""
    on_a_sheet = replace(an_exact_line(3), sheet="Invoice 2", sheet_row=1)
    await stored(backend, JobLine(on_a_sheet), JobLine(an_exact_line(4)))
    async with backend.uow() as uow:
        found = [(ln.line.sheet, ln.line.sheet_row) for ln in await uow.jobs.lines("job-1")]
        assert found == [("Invoice 2", 1), (None, None)]
        assert [ln.line for ln in await uow.jobs.lines_at("job-1", [3])] == [on_a_sheet]


async def test_putting_lines_twice_leaves_one_copy_with_the_latest_values(backend: Backend) -> None:
    await stored(backend, *(JobLine(line(row, f"item {row}")) for row in range(1, 4)))
    async with backend.uow() as uow:
        again = [JobLine(line(row, f"item {row}"), classified("847130")) for row in (2, 3)]
        await uow.jobs.put_lines("job-1", again)
        await uow.jobs.put_lines("job-1", again)
        await uow.commit()
    async with backend.uow() as uow:
        lines = await uow.jobs.lines("job-1")
        assert [ln.row for ln in lines] == [1, 2, 3]
        assert [ln.classification is not None for ln in lines] == [False, True, True]
        assert await uow.jobs.count_classified("job-1") == 2


async def test_lines_come_in_row_order_from_a_row_on(backend: Backend) -> None:
    rows = [5, 1, 4, 2, 3]
    await stored(backend, *(JobLine(line(row, f"item {row}")) for row in rows))
    async with backend.uow() as uow:
        assert [ln.row for ln in await uow.jobs.lines("job-1", first_row=2, limit=2)] == [2, 3]
        assert [ln.row for ln in await uow.jobs.lines("job-1", first_row=4)] == [4, 5]
        assert [ln.row for ln in await uow.jobs.lines_at("job-1", [5, 2, 9, 2])] == [2, 5]
        assert await uow.jobs.lines("other-job") == []


async def test_lines_put_in_a_unit_of_work_are_visible_in_it_before_commit(backend: Backend) -> None:
    await stored(backend)
    async with backend.uow() as uow:
        await uow.jobs.put_lines("job-1", [JobLine(line(1, "tea"), classified("090210"))])
        assert await uow.jobs.count_classified("job-1") == 1
    async with backend.uow() as uow:
        assert await uow.jobs.count_classified("job-1") == 0


async def test_thousands_of_lines_go_in_batches_and_come_back_whole(backend: Backend) -> None:
    lines = [JobLine(line(row, f"item {row}", value=f"{row}.01"), classified("847130") if row % 2 else None)
             for row in range(1, 2_502)]  # fmt: skip
    await stored(backend, *lines)
    async with backend.uow() as uow:
        back = await uow.jobs.lines("job-1")
        assert back == lines
        assert await uow.jobs.count_classified("job-1") == 1_251
        assert len(await uow.jobs.lines_at("job-1", range(1, 2_600))) == 2_501


async def test_a_unit_of_work_may_write_after_another_session_committed(backend: Backend) -> None:
    """ReserveCredits reads the job, posts to the ledger from another session, then saves the job."""
    await stored(backend)
    async with backend.uow() as uow:
        job = await uow.jobs.get("job-1", for_update=True)
        assert job is not None
        async with backend.uow() as other:
            await other.jobs.add(a_job("job-2"))
            await other.commit()
        job.lines_done = 2
        await uow.jobs.save(job)
        await uow.commit()
    async with backend.uow() as uow:
        saved = await uow.jobs.get("job-1")
        assert saved is not None and saved.lines_done == 2
        assert await uow.jobs.get("job-2") is not None


async def test_units_of_work_writing_at_once_all_commit(backend: Backend) -> None:
    """On SQLite the writers queue for the write lock instead of failing with 'database is locked'."""

    async def submit(n: int) -> None:
        async with backend.uow() as uow:
            await uow.jobs.add(a_job(f"job-{n}"))
            await uow.jobs.put_lines(f"job-{n}", [JobLine(line(row, f"item {row}")) for row in range(1, 51)])
            await uow.commit()

    await asyncio.gather(*(submit(n) for n in range(20)))
    async with backend.uow() as uow:
        assert [len(await uow.jobs.lines(f"job-{n}")) for n in range(20)] == [50] * 20
