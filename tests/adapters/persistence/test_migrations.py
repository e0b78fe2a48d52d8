"""The hand-written migrations build the same working schema on a fresh SQLite file and a fresh PostgreSQL."""

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import inspect
from sqlalchemy.engine import Connection
from tests.adapters.persistence.test_unit_of_work import a_job, an_exact_line

from adapters.persistence.engine import make_engine, make_session_factory
from adapters.persistence.job_rows import job_row, line_row
from adapters.persistence.ledger import SqlLedger
from adapters.persistence.migrations import alembic_config, upgrade_database
from adapters.persistence.tables import job_lines, jobs, metadata
from adapters.persistence.unit_of_work import SqlUnitOfWork
from application.ports.jobs import JobLine
from application.processing.declared_conflicts import conflict_rows
from domain.billing.ledger import EntryKind, LedgerEntry
from domain.goods.problems import ProblemKind


def _schema(connection: Connection) -> dict[str, set[str]]:
    inspector = inspect(connection)
    return {table: {c["name"] for c in inspector.get_columns(table)} for table in inspector.get_table_names()}


async def schema_of(url: str) -> dict[str, set[str]]:
    engine = make_engine(url)
    async with engine.connect() as connection:
        found = await connection.run_sync(_schema)
    await engine.dispose()
    return found


async def test_upgrade_head_creates_the_tables_the_adapters_use(fresh_url: str) -> None:
    upgrade_database(fresh_url)
    expected = {table.name: {c.name for c in table.columns} for table in metadata.sorted_tables}
    assert await schema_of(fresh_url) == {**expected, "alembic_version": {"version_num"}}


async def test_upgrading_again_or_from_two_processes_at_once_is_harmless(fresh_url: str) -> None:
    """`gumruk serve` and `gumruk worker` starting together both upgrade at start-up."""
    _upgrade_from_two_processes_at_once(fresh_url)
    with ThreadPoolExecutor(2) as pool:
        list(pool.map(upgrade_database, [fresh_url, fresh_url]))
    engine = make_engine(fresh_url)
    ledger = SqlLedger(make_session_factory(engine))
    assert await ledger.post(LedgerEntry("acc-1", EntryKind.GRANT, 5, "trial:acc-1", datetime.now(UTC)))
    assert await ledger.balance("acc-1") == 5
    await engine.dispose()


def test_two_processes_opening_a_new_sqlite_file_at_once_both_get_it(tmp_path: Path) -> None:
    """Both switch the new file to WAL at once; SQLite refuses one at once, which must not end its start-up."""
    for attempt in range(6):
        _upgrade_from_two_processes_at_once(f"sqlite+aiosqlite:///{tmp_path / f'new-{attempt}.db'}")


def _upgrade_from_two_processes_at_once(url: str) -> None:
    script = "import sys; from adapters.persistence.migrations import upgrade_database; upgrade_database(sys.argv[1])"
    starting = [subprocess.Popen([sys.executable, "-c", script, url], stderr=subprocess.PIPE) for _ in "ab"]
    errors = [process.communicate(timeout=120)[1] for process in starting]
    assert [process.returncode for process in starting] == [0, 0], errors


async def test_downgrade_to_base_removes_everything_and_upgrade_rebuilds_it(fresh_url: str) -> None:
    upgrade_database(fresh_url)
    with ThreadPoolExecutor(1) as pool:
        pool.submit(command.downgrade, alembic_config(fresh_url), "base").result()
    assert await schema_of(fresh_url) == {"alembic_version": {"version_num"}}
    upgrade_database(fresh_url)
    assert "ledger_entries" in await schema_of(fresh_url)


async def test_a_line_stored_before_places_were_kept_comes_back_without_one(fresh_url: str) -> None:
    """A job written at 0001 (no `place`, `sheet`, `sheet_row`, `named_columns`, `sheets`, `content_hash`,
    `started_again` nor `declaration_outdated` column) reads back after the upgrade; its line has no place nor sheet,
    it names no columns nor sheets, it has no hash, was not started again and its declaration is not outdated."""
    upgrade_database(fresh_url, "0001")
    engine = make_engine(fresh_url)
    later_on_lines = ("place", "sheet", "sheet_row")
    before = {name: value for name, value in line_row("job-1", JobLine(an_exact_line(1))).items()
              if name not in later_on_lines}  # fmt: skip
    later = ("named_columns", "sheets", "content_hash", "started_again", "declaration_outdated")
    job_before = {name: value for name, value in job_row(a_job()).items() if name not in later}
    async with engine.begin() as connection:
        await connection.execute(jobs.insert().values(job_before))
        await connection.execute(job_lines.insert().values(before))
    upgrade_database(fresh_url)
    async with SqlUnitOfWork(make_session_factory(engine)) as uow:
        [stored] = await uow.jobs.lines("job-1")
        job = await uow.jobs.get("job-1")
    await engine.dispose()
    assert stored.line == replace(an_exact_line(1), place=None)
    assert job is not None and job.named_columns == {} and job.sheets == []
    assert (job.content_hash, job.started_again, job.declaration_outdated) == (None, False, False)


async def test_a_line_stored_before_sheets_were_kept_reads_back_and_the_downgrade_drops_only_them(
    fresh_url: str,
) -> None:
    """A line written at 0006 comes back with no sheet (read as a single sheet's); 0007 down again leaves the
    line, less its sheet columns."""
    upgrade_database(fresh_url, "0006")
    engine = make_engine(fresh_url)
    line = {name: value for name, value in line_row("job-1", JobLine(an_exact_line(1))).items()
            if name not in ("sheet", "sheet_row")}  # fmt: skip
    async with engine.begin() as connection:
        await connection.execute(jobs.insert().values(job_at_0006()))
        await connection.execute(job_lines.insert().values(line))
    upgrade_database(fresh_url)
    async with SqlUnitOfWork(make_session_factory(engine)) as uow:
        [stored] = await uow.jobs.lines("job-1")
    assert stored.line == an_exact_line(1) and (stored.line.sheet, stored.line.sheet_row) == (None, None)
    with ThreadPoolExecutor(1) as pool:
        pool.submit(command.downgrade, alembic_config(fresh_url), "0006").result()
    found = await schema_of(fresh_url)
    await engine.dispose()
    assert {"place", "row"} <= found["job_lines"] and not {"sheet", "sheet_row"} & found["job_lines"]


async def test_the_conflicts_and_currency_notes_a_job_held_before_0007_are_typed_by_the_upgrade(
    fresh_url: str,
) -> None:
    """The API's conflict_rows, the withheld declaration and the header's currency note tell these problems by
    their kind: those stored in English words before kinds existed are given theirs; others are left as they were."""
    upgrade_database(fresh_url, "0006")
    engine = make_engine(fresh_url)
    count = "1 line whose supplier's code is in conflict with the engine's (row 2): no declaration is written ..."
    row = "the supplier's code 3823.19 'Fatty acids' conflicts with the engine's 3206.11 'Pigments' (97 % sure)"
    held = [{"row": None, "column": "declared_code", "reason": count, "severity": "error", "in_declaration": True},
            {"row": 2, "column": "declared_code", "reason": row, "severity": "error", "in_declaration": True},
            {"row": 1, "column": "Origin", "reason": "the engine's guess", "severity": "warning"},
            {"row": None, "column": "Amount", "reason": "the product list states no currency: none was found ...",
             "severity": "warning"}]  # fmt: skip
    async with engine.begin() as connection:
        await connection.execute(jobs.insert().values({**job_at_0006(), "problems": held}))
    upgrade_database(fresh_url)
    async with SqlUnitOfWork(make_session_factory(engine)) as uow:
        job = await uow.jobs.get("job-1")
    await engine.dispose()
    assert job is not None
    conflict, currency = ProblemKind.DECLARED_CONFLICT, ProblemKind.NO_CURRENCY_STATED
    assert [problem.kind for problem in job.problems] == [conflict, conflict, None, currency]
    assert conflict_rows(job.problems) == [2]


def job_at_0006() -> dict[str, object]:
    """A job's row as the schema stood at 0006, before `declaration_outdated`."""
    return {name: value for name, value in job_row(a_job()).items() if name != "declaration_outdated"}
