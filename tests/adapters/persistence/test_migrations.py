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
from domain.billing.ledger import EntryKind, LedgerEntry


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
    """A job written at 0001 (no `place`, `named_columns`, `sheets`, `content_hash`, `started_again` nor
    `declaration_outdated` column) reads back after the upgrade; its line has no place, it names no columns nor
    sheets, it has no hash, was not started again and its declaration is not outdated."""
    upgrade_database(fresh_url, "0001")
    engine = make_engine(fresh_url)
    before = {name: value for name, value in line_row("job-1", JobLine(an_exact_line(1))).items() if name != "place"}
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
