"""The rows of the SQL memory: an entry's key columns and words, listing and forgetting (SqlClassificationMemory
and the key migrations use these)."""

import hashlib
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from adapters.persistence.engine import writing
from adapters.persistence.tables import memory_entries, memory_words
from application.memory.normalise import MemoryKey
from application.memory.remembered import Remembered
from application.ports.memory import MemoryEntry

WORD_CHARS = 100  # memory_words.word is a filter; the comparison uses the whole key


def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def key_columns(key: MemoryKey) -> dict[str, Any]:
    """What memory_entries stores of the key, to find the entry by it."""
    return {"key_hash": key_hash(key.text), "key": key.text, "word_count": len(key.tokens), "key_length": len(key.text)}


def word_rows(account_id: str, entry_id: int, key: MemoryKey) -> list[dict[str, Any]]:
    """The entry's rows of memory_words, through which near-duplicates are found."""
    return [
        {"account_id": account_id, "word_count": len(key.tokens), "word": word, "entry_id": entry_id}
        for word in sorted({token[:WORD_CHARS] for token in key.tokens})
    ]


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
