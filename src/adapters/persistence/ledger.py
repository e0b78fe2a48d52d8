import hashlib
from typing import Any

from sqlalchemy import BigInteger, bindparam, func, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from adapters.persistence.engine import is_sqlite, writing
from adapters.persistence.tables import ledger_entries, purchases
from domain.billing.ledger import EntryKind, LedgerEntry, Purchase

SETTLING = (EntryKind.CAPTURE, EntryKind.RELEASE)
_ACCOUNT_LOCK = text("SELECT pg_advisory_xact_lock(:lock)").bindparams(bindparam("lock", type_=BigInteger))


class SqlLedger:
    """Append-only entries with a unique key, and a unique `settles_job`: a job is captured or released once."""

    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    async def post(self, entry: LedgerEntry) -> bool:
        async with writing(self._sessions) as session:
            return await _insert(session, entry)

    async def balance(self, account_id: str) -> int:
        async with self._sessions() as session:
            return await _balance(session, account_id)

    async def entries(self, account_id: str, limit: int = 100) -> list[LedgerEntry]:
        """Newest first."""
        query = (
            select(ledger_entries)
            .where(ledger_entries.c.account_id == account_id)
            .order_by(ledger_entries.c.id.desc())
            .limit(limit)
        )
        async with self._sessions() as session:
            return [_entry(row) for row in await session.execute(query)]

    async def reserve_if_covered(self, entry: LedgerEntry) -> bool:
        """One reservation per account at a time: an advisory lock on PostgreSQL, the write lock on SQLite."""
        async with writing(self._sessions) as session:
            if not is_sqlite(session):
                await session.execute(_ACCOUNT_LOCK, {"lock": account_lock(entry.account_id)})
            if await _balance(session, entry.account_id) + entry.amount < 0:
                return False
            return await _insert(session, entry)

    async def entry(self, key: str) -> LedgerEntry | None:
        async with self._sessions() as session:
            row = (await session.execute(select(ledger_entries).where(ledger_entries.c.key == key))).first()
        return _entry(row) if row else None


class SqlPurchases:
    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    async def add(self, purchase: Purchase) -> None:
        try:
            async with writing(self._sessions) as session:
                await session.execute(purchases.insert().values(_purchase_row(purchase)))
        except IntegrityError as error:
            raise ValueError(f"purchase {purchase.id} already exists") from error

    async def get(self, purchase_id: str) -> Purchase | None:
        async with self._sessions() as session:
            row = (await session.execute(select(purchases).where(purchases.c.id == purchase_id))).first()
        return _purchase(row) if row else None

    async def save(self, purchase: Purchase) -> None:
        values = _purchase_row(purchase)
        del values["id"]
        async with writing(self._sessions) as session:
            await session.execute(update(purchases).where(purchases.c.id == purchase.id).values(values))

    async def pending(self) -> list[Purchase]:
        """Oldest first: the order an administrator works through them."""
        query = select(purchases).where(purchases.c.status == "pending")
        async with self._sessions() as session:
            rows = await session.execute(query.order_by(purchases.c.created_at, purchases.c.id))
            return [_purchase(row) for row in rows]


def account_lock(account_id: str) -> int:
    """A stable signed 64-bit number per account for pg_advisory_xact_lock."""
    return int.from_bytes(hashlib.blake2b(account_id.encode(), digest_size=8).digest(), "big", signed=True)


async def _insert(session: AsyncSession, entry: LedgerEntry) -> bool:
    """False when the key, or the settlement of the job, is already there."""
    dialect = sqlite if is_sqlite(session) else postgresql
    statement = dialect.insert(ledger_entries).values(
        key=entry.key, account_id=entry.account_id, kind=entry.kind.value, amount=entry.amount,
        created_at=entry.created_at, job_id=entry.job_id, note=entry.note,
        settles_job=entry.job_id if entry.kind in SETTLING else None,
    )  # fmt: skip
    written = await session.execute(statement.on_conflict_do_nothing().returning(ledger_entries.c.id))
    return written.first() is not None


async def _balance(session: AsyncSession, account_id: str) -> int:
    query = select(func.coalesce(func.sum(ledger_entries.c.amount), 0)).where(ledger_entries.c.account_id == account_id)
    return int((await session.execute(query)).scalar_one())


def _entry(row: Any) -> LedgerEntry:
    return LedgerEntry(row.account_id, EntryKind(row.kind), row.amount, row.key, row.created_at, row.job_id, row.note)


def _purchase_row(purchase: Purchase) -> dict[str, Any]:
    return {
        "id": purchase.id, "account_id": purchase.account_id, "package_id": purchase.package_id,
        "credits": purchase.credits, "created_at": purchase.created_at, "status": purchase.status,
    }  # fmt: skip


def _purchase(row: Any) -> Purchase:
    return Purchase(row.id, row.account_id, row.package_id, row.credits, row.created_at, row.status)
