"""Listing and forgetting remembered classifications in the SQL memory (SqlClassificationMemory uses these)."""

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from adapters.persistence.engine import writing
from adapters.persistence.tables import memory_entries, memory_words
from application.memory.remembered import Remembered
from application.ports.memory import MemoryEntry


async def list_entries(sessions: async_sessionmaker[AsyncSession], account_id: str | None) -> list[MemoryEntry]:
    query = select(memory_entries).order_by(memory_entries.c.id)
    if account_id is not None:
        query = query.where(memory_entries.c.account_id == account_id)
    async with sessions() as session:
        return [MemoryEntry(row.id, remembered_of(row)) for row in await session.execute(query)]


async def forget_entry(sessions: async_sessionmaker[AsyncSession], entry_id: int) -> MemoryEntry | None:
    """Its words go first: SQLite enforces no foreign keys unless asked, so no cascade is relied on."""
    async with writing(sessions) as session:
        row = (await session.execute(select(memory_entries).where(memory_entries.c.id == entry_id))).first()
        if row is None:
            return None
        await session.execute(delete(memory_words).where(memory_words.c.entry_id == entry_id))
        await session.execute(delete(memory_entries).where(memory_entries.c.id == entry_id))
        return MemoryEntry(row.id, remembered_of(row))


def remembered_of(row: Any) -> Remembered:
    return Remembered(
        row.account_id, row.description, row.key, row.hs6, row.national_code, row.confirmed_by, row.confirmed_at
    )
