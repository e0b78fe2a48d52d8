from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from adapters.clock.system import SystemClock
from adapters.persistence.engine import is_sqlite, writing
from adapters.persistence.memory_entries import (
    WORD_CHARS,
    forget_entry,
    key_columns,
    key_hash,
    list_entries,
    remembered_of,
    word_rows,
)
from adapters.persistence.tables import memory_entries, memory_words
from application.memory.matching import TYPO_SIMILARITY, shared_words_needed
from application.memory.normalise import MemoryKey, memory_key, model_free_key
from application.memory.recall import recall_descriptions
from application.memory.remembered import Remembered
from application.ports.clock import Clock
from application.ports.memory import Confirmation, MemoryEntry
from domain.classification.candidate import Classification

BATCH_KEYS = 1_000
REPLACED = ("description", "hs6", "national_code", "confirmed_by", "confirmed_at", "model_free_hash")  # by a later
# confirmation of the same product
MAX_CANDIDATES = 200


class SqlClassificationMemory:
    """Confirmed classifications per account: exact lookup by key hash, then near-duplicates via shared words."""

    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        clock: Clock | None = None,
        threshold: float = TYPO_SIMILARITY,
    ) -> None:
        self._sessions, self._clock, self._threshold = session_factory, clock or SystemClock(), threshold

    async def recall(self, account_id: str, descriptions: Sequence[str]) -> dict[str, Classification]:
        async with self._sessions() as session:

            async def exact(keys: list[str]) -> dict[str, Remembered]:
                found: dict[str, Remembered] = {}
                for start in range(0, len(keys), BATCH_KEYS):
                    hashes = [key_hash(key) for key in keys[start : start + BATCH_KEYS]]
                    query = select(memory_entries).where(
                        memory_entries.c.account_id == account_id, memory_entries.c.key_hash.in_(hashes)
                    )
                    found.update((row.key, remembered_of(row)) for row in await session.execute(query))
                return found

            async def candidates(key: MemoryKey) -> list[Remembered]:
                rows = await session.execute(_candidates(account_id, key))
                return [remembered_of(row) for row in rows]

            async def model_free(keys: list[str]) -> dict[str, list[Remembered]]:
                found: dict[str, list[Remembered]] = {}
                for start in range(0, len(keys), BATCH_KEYS):
                    by_hash = {key_hash(key): key for key in keys[start : start + BATCH_KEYS]}
                    query = select(memory_entries).where(
                        memory_entries.c.account_id == account_id, memory_entries.c.model_free_hash.in_(by_hash)
                    )
                    for row in await session.execute(query):
                        found.setdefault(by_hash[row.model_free_hash], []).append(remembered_of(row))
                return found

            return await recall_descriptions(descriptions, exact, candidates, self._threshold, model_free)

    async def remember(self, confirmation: Confirmation) -> None:
        """A later confirmation of the same product replaces the earlier one."""
        key = memory_key(confirmation.description)
        async with writing(self._sessions) as session:
            dialect = sqlite if is_sqlite(session) else postgresql
            entry = dialect.insert(memory_entries).values(
                account_id=confirmation.account_id, **key_columns(key), description=confirmation.description,
                model_free_hash=key_hash(model_free_key(confirmation.description).text),
                hs6=confirmation.hs6, national_code=confirmation.national_code,
                confirmed_by=confirmation.confirmed_by, confirmed_at=self._clock.now(),
            )  # fmt: skip
            changed = {name: entry.excluded[name] for name in REPLACED}
            upsert = entry.on_conflict_do_update(index_elements=["account_id", "key_hash"], set_=changed)
            entry_id = (await session.execute(upsert.returning(memory_entries.c.id))).scalar_one()
            words = word_rows(confirmation.account_id, entry_id, key)
            await session.execute(dialect.insert(memory_words).on_conflict_do_nothing(), words)

    async def entries(self, account_id: str | None = None) -> list[MemoryEntry]:
        return await list_entries(self._sessions, account_id)

    async def forget(self, entry_id: int) -> MemoryEntry | None:
        return await forget_entry(self._sessions, entry_id)


def _candidates(account_id: str, key: MemoryKey) -> Any:
    """Entries that may be one typo away: same word count, all words shared but one (one-word keys: by length)."""
    count = len(key.tokens)
    mine = memory_entries.c.account_id == account_id
    if count == 1:
        length = len(key.text)
        lengths = memory_entries.c.key_length.between(length - 1, length + 1)
        return select(memory_entries).where(mine, memory_entries.c.word_count == 1, lengths).limit(MAX_CANDIDATES)
    sharing = (
        select(memory_words.c.entry_id)
        .where(
            memory_words.c.account_id == account_id,
            memory_words.c.word_count == count,
            memory_words.c.word.in_(sorted({token[:WORD_CHARS] for token in key.tokens})),
        )
        .group_by(memory_words.c.entry_id)
        .having(func.count() >= shared_words_needed(key))
        .limit(MAX_CANDIDATES)
        .subquery()
    )
    return select(memory_entries).join(sharing, sharing.c.entry_id == memory_entries.c.id)
