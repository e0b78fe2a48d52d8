"""Generated source data for the read-model tests: accounts, jobs with lines, credits and activity, stored through
the real SQL repositories so that the rows look exactly like the service's own."""

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from hypothesis import strategies as st
from sqlalchemy.ext.asyncio import AsyncEngine

from adapters.persistence.accounts import SqlAccountRepository
from adapters.persistence.activity import SqlActivityLog
from adapters.persistence.engine import make_session_factory
from adapters.persistence.ledger import SqlLedger, SqlPurchases
from adapters.persistence.unit_of_work import SqlUnitOfWork
from application.billing.packages import CREDIT_PACKAGES
from application.ports.activity import Activity
from application.ports.jobs import JobLine
from domain.accounts.account import Account
from domain.billing.ledger import EntryKind, LedgerEntry, Purchase
from domain.classification.candidate import Candidate, Classification, Source, Suggestion
from domain.goods.product_line import ProductLine
from domain.processing.job import JobStatus, ProcessingJob

START = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
CODES = ("847130", "610910", "020130", "870323", "851712", "611020")
SOURCES = (Source.MEMORY, Source.ENGINE, Source.AGENT, Source.REVIEW)


@dataclass
class World:
    accounts: list[Account] = field(default_factory=list)
    jobs: list[tuple[ProcessingJob, list[JobLine]]] = field(default_factory=list)
    ledger: list[LedgerEntry] = field(default_factory=list)
    purchases: list[Purchase] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)


def account(number: int) -> Account:
    return Account(f"acc-{number}", f"broker{number}@example.tm", "hash", START)


def classified_line(row: int, code: str, source: Source, confidence: float, duplicate: bool = False) -> JobLine:
    chosen = Classification([Candidate(code, confidence, "generated")], source, confidence)
    return JobLine(ProductLine(row, f"goods {code} {row}"), chosen, 1 if duplicate and row > 1 else None)


def reviewed_line(row: int, code: str, proposed: str) -> JobLine:
    """A line a person reviewed: left at the code proposed to them (`code` == `proposed`), or corrected."""
    chosen = Classification([Candidate(code, 1.0, "chosen in review")], Source.REVIEW, 1.0,
                            suggested=Suggestion(proposed, None, 0.6, Source.ENGINE))  # fmt: skip
    return JobLine(ProductLine(row, f"goods {code} {row}"), chosen)


def job(
    name: str, owner: str, status: JobStatus, created: datetime, seconds: int, lines: list[JobLine]
) -> tuple[ProcessingJob, list[JobLine]]:
    done = sum(ln.classification is not None for ln in lines)
    updated = created + timedelta(seconds=seconds) if status is not JobStatus.PENDING else None
    processing = ProcessingJob(
        name, owner, f"{name}.csv", f"jobs/{name}/source", "TM", created, status,
        lines_total=len(lines), lines_done=done, lines_distinct=len(lines), updated_at=updated,
    )  # fmt: skip
    return processing, lines


def credits_of(processing: ProcessingJob, charged: int) -> list[LedgerEntry]:
    """What the pipeline posts: a reservation, then a capture (completed) or a release (failed)."""
    reserved = processing.lines_total
    at = processing.updated_at or processing.created_at
    entries = [LedgerEntry(processing.account_id, EntryKind.RESERVE, -reserved, f"{processing.id}:reserve",
                           processing.created_at, processing.id)]  # fmt: skip
    if processing.status is JobStatus.COMPLETED:
        entries.append(LedgerEntry(processing.account_id, EntryKind.CAPTURE, reserved - min(charged, reserved),
                                   f"{processing.id}:capture", at, processing.id))  # fmt: skip
    elif processing.status is JobStatus.FAILED:
        entries.append(LedgerEntry(processing.account_id, EntryKind.RELEASE, reserved, f"{processing.id}:release",
                                   at, processing.id))  # fmt: skip
    return entries


@st.composite
def worlds(draw: st.DrawFn, prefix: str = "") -> World:
    world = World(accounts=[account(n) for n in range(draw(st.integers(1, 3)))])
    owners = st.sampled_from([a.id for a in world.accounts])
    instants = st.integers(0, 10 * 24 * 60).map(lambda minutes: START + timedelta(minutes=minutes))
    for number in range(draw(st.integers(0, 6))):
        lines = [
            classified_line(row, draw(st.sampled_from(CODES)), draw(st.sampled_from(SOURCES)),
                            draw(st.integers(0, 1000)) / 1000, draw(st.booleans()))
            for row in range(1, draw(st.integers(0, 5)) + 1)
        ]  # fmt: skip
        status = draw(st.sampled_from([JobStatus.PENDING, JobStatus.MATCHING, JobStatus.COMPLETED, JobStatus.FAILED]))
        made = job(f"{prefix}job-{number}", draw(owners), status, draw(instants), draw(st.integers(1, 7200)), lines)
        world.jobs.append(made)
        if status is not JobStatus.PENDING:
            world.ledger += credits_of(made[0], draw(st.integers(0, len(lines))))
    for number in range(draw(st.integers(0, 3))):
        package = draw(st.sampled_from(CREDIT_PACKAGES))
        approved = draw(st.booleans())
        purchase = Purchase(f"{prefix}buy-{number}", draw(owners), package.id, package.credits, draw(instants),
                            "approved" if approved else "pending")  # fmt: skip
        world.purchases.append(purchase)
        if approved:
            approval = purchase.created_at + timedelta(hours=1)
            world.ledger.append(LedgerEntry(purchase.account_id, EntryKind.PURCHASE, purchase.credits,
                                            f"purchase:{purchase.id}", approval))  # fmt: skip
    actions = st.sampled_from(["sign-in", "upload", "download", "purchase", "admin-grant"])
    for _ in range(draw(st.integers(0, 6))):
        world.activities.append(Activity(draw(owners), draw(actions), draw(instants), None))
    return world


async def store(engine: AsyncEngine, world: World, with_accounts: bool = True) -> None:
    sessions = make_session_factory(engine)
    if with_accounts:
        for one in world.accounts:
            await SqlAccountRepository(sessions).add(one)
    async with SqlUnitOfWork(sessions) as uow:
        for processing, lines in world.jobs:
            await uow.jobs.add(processing)
            await uow.jobs.put_lines(processing.id, lines)
        await uow.commit()
    ledger, purchases, activity = SqlLedger(sessions), SqlPurchases(sessions), SqlActivityLog(sessions)
    for entry in world.ledger:
        await ledger.post(entry)
    for purchase in world.purchases:
        await purchases.add(purchase)
    for one_activity in world.activities:
        await activity.record(one_activity)
