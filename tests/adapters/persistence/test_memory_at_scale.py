"""An account with 100,000 confirmed descriptions: recalling a 500-line chunk takes a second or two."""

import random
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import insert, select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tests.services import empty_postgres

from adapters.persistence.engine import make_engine, make_session_factory, writing
from adapters.persistence.memory import WORD_CHARS, SqlClassificationMemory, key_hash
from adapters.persistence.tables import memory_entries, memory_words
from application.memory.normalise import memory_key

ENTRIES, CHUNK = 100_000, 500
pytestmark = pytest.mark.slow


def vocabulary(rng: random.Random, size: int = 4_000) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return sorted({"".join(rng.choices(letters, k=rng.randint(5, 10))) for _ in range(size)})


def descriptions(rng: random.Random, words: list[str], count: int) -> list[str]:
    """Distinct products: no two share their set of words."""
    made: dict[frozenset[str], str] = {}
    while len(made) < count:
        chosen = rng.sample(words, rng.randint(2, 5))
        made.setdefault(frozenset(chosen), " ".join(chosen))
    return list(made.values())


def with_typo(rng: random.Random, description: str) -> str:
    words = description.split()
    at = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[at]
    cut = rng.randint(1, len(word) - 2)
    words[at] = word[:cut] + word[cut + 1 :]  # one letter dropped from the longest word
    return " ".join(words)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.services)])
async def memory_and_known(request: pytest.FixtureRequest) -> AsyncIterator[tuple[SqlClassificationMemory, list[str]]]:
    if request.param == "sqlite":
        engine = make_engine(request.getfixturevalue("sqlite_url"))
    else:
        engine = await empty_postgres(request.getfixturevalue("postgres_url"))
    sessions = make_session_factory(engine)
    rng = random.Random(7)
    known = descriptions(rng, vocabulary(rng), ENTRIES)
    await seed(sessions, known)
    yield SqlClassificationMemory(sessions), known
    await engine.dispose()


async def seed(sessions: async_sessionmaker[AsyncSession], known: list[str]) -> None:
    """The rows `remember` writes, in bulk: one transaction instead of 100,000."""
    at = datetime(2026, 11, 1, tzinfo=UTC)
    keys = [memory_key(d) for d in known]
    async with writing(sessions) as session:
        await session.execute(insert(memory_entries), [
            {"account_id": "acc-1", "key_hash": key_hash(k.text), "key": k.text, "description": d,
             "word_count": len(k.tokens), "key_length": len(k.text), "hs6": "610910", "national_code": None,
             "confirmed_by": "broker", "confirmed_at": at}
            for d, k in zip(known, keys, strict=True)
        ])  # fmt: skip
        ids = {row.key: row.id for row in await session.execute(select(memory_entries.c.key, memory_entries.c.id))}
        await session.execute(insert(memory_words), [
            {"account_id": "acc-1", "word_count": len(k.tokens), "word": w[:WORD_CHARS], "entry_id": ids[k.text]}
            for k in keys for w in k.tokens
        ])  # fmt: skip
        for table in ("memory_entries", "memory_words"):  # as autovacuum would after a load: fresh statistics
            await session.execute(text(f"ANALYZE {table}"))


async def test_a_chunk_is_recalled_quickly_from_a_large_memory(
    memory_and_known: tuple[SqlClassificationMemory, list[str]],
) -> None:
    memory, known = memory_and_known
    rng = random.Random(11)
    variants = [" ".join(reversed(d.split())).upper() + " XL" for d in rng.sample(known, CHUNK // 3)]
    typos = [with_typo(rng, d) for d in rng.sample(known, CHUNK // 3)]
    unknown = [f"zz{d}" for d in rng.sample(known, CHUNK - len(variants) - len(typos))]
    started = time.perf_counter()
    found = await memory.recall("acc-1", variants + typos + unknown)
    elapsed = time.perf_counter() - started
    print(f"recalled {len(found)} of {CHUNK} from {len(known)} entries in {elapsed:.2f}s")
    assert set(variants) <= set(found)
    assert sum(t in found for t in typos) >= 0.9 * len(typos)  # a dropped letter in a 5-letter word is 80: a miss
    assert not set(unknown) & set(found)
    assert elapsed < 10
