"""Migrations 0004 and 0010 recompute the memory keys stored before letters were folded and before each word was
written in one alphabet: old entries match as new ones do."""

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from adapters.persistence.engine import make_engine, make_session_factory
from adapters.persistence.memory import SqlClassificationMemory
from adapters.persistence.memory_entries import key_hash
from adapters.persistence.migrations import upgrade_database
from adapters.persistence.tables import memory_entries, memory_words

STORED_BEFORE = [  # (id, account, description, key as 0003's Gumruk computed it, code, day confirmed)
    (1, "acc-1", "Gök çaý, 100 g", "gök çaý", "090210", 1),
    (2, "acc-1", "Gok cay", "cay gok", "090220", 3),  # the same tea now, confirmed later: it stays
    (3, "acc-1", "Köýnek pagta", "köýnek pagta", "620520", 1),
    (4, "acc-1", "Monitor", "monitor", "852852", 1),
    (5, "acc-2", "Gök çaý", "gök çaý", "090230", 2),  # another account's
    (6, "acc-3", "Gök çaý", "gök çaý", "090210", 1),  # its new key is one entry 7 holds until its own turn
    (7, "acc-3", "Süýt", "cay gok", "040110", 2),
    (8, "acc-1", "Xолодильник", "xолодильник", "841810", 2),  # a Latin 'X': 0010 writes it in one alphabet
]


def rows_before() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    entries, words = [], []
    for entry, account, description, key, code, day in STORED_BEFORE:
        tokens = key.split()
        at = datetime(2026, 11, day, tzinfo=UTC)
        entries.append({"id": entry, "account_id": account, "key_hash": key_hash(key), "key": key,
                        "description": description, "word_count": len(tokens), "key_length": len(key), "hs6": code,
                        "national_code": None, "confirmed_by": "broker", "confirmed_at": at})  # fmt: skip
        words += [{"account_id": account, "word_count": len(tokens), "word": w, "entry_id": entry} for w in tokens]
    return entries, words


def codes(found: dict[str, Any]) -> dict[str, str]:
    return {description: result.candidates[0].hs6 for description, result in found.items()}


async def test_keys_stored_before_folding_are_recomputed_and_entries_now_alike_merged(fresh_url: str) -> None:
    upgrade_database(fresh_url, "0003")
    engine = make_engine(fresh_url)
    entries, words = rows_before()
    async with engine.begin() as connection:
        await connection.execute(memory_entries.insert(), entries)
        await connection.execute(memory_words.insert(), words)
    upgrade_database(fresh_url)
    memory = SqlClassificationMemory(make_session_factory(engine))
    mine = await memory.recall("acc-1", ["GOK CAY 100 g", "Gök çaý", "koynek pagtaa", "Monitr", "Холодильник"])
    assert codes(mine) == {"GOK CAY 100 g": "090220", "Gök çaý": "090220", "koynek pagtaa": "620520",
                           "Monitr": "852852", "Холодильник": "841810"}  # fmt: skip
    assert codes(await memory.recall("acc-2", ["gok cay"])) == {"gok cay": "090230"}
    assert codes(await memory.recall("acc-3", ["Gok cay", "suyt"])) == {"Gok cay": "090210", "suyt": "040110"}
    assert [entry.id for entry in await memory.entries("acc-1")] == [2, 3, 4, 8]
    async with engine.connect() as connection:
        stored = {(row.entry_id, row.word) for row in await connection.execute(select(memory_words))}
    await engine.dispose()
    assert stored == {(2, "cay"), (2, "gok"), (3, "koynek"), (3, "pagta"), (4, "monitor"), (5, "cay"), (5, "gok"),
                      (6, "cay"), (6, "gok"), (7, "suyt"), (8, "холодильник")}  # fmt: skip


async def test_0010_recomputes_the_looser_hashes_stored_by_0009(fresh_url: str) -> None:
    """An entry stored under 0009 holds the hash of the looser key as it was then: 0010 writes today's (its Russian
    words stemmed), so the inflected description finds it."""
    upgrade_database(fresh_url, "0009")
    engine = make_engine(fresh_url)
    entries, _ = rows_before()
    stored = {
        **entries[0],
        "id": 9,
        "account_id": "acc-9",
        "description": "Фильтр масляный для легкового автомобиля",
        "key": "автомобиля для легкового масляный фильтр",
        "model_free_hash": key_hash("as 0009 wrote it"),
    }
    stored["key_hash"] = key_hash(stored["key"])
    async with engine.begin() as connection:
        await connection.execute(memory_entries.insert(), [stored])
    upgrade_database(fresh_url)
    memory = SqlClassificationMemory(make_session_factory(engine))
    found = await memory.recall("acc-9", ["Фильтры масляные для легковых автомобилей"])
    await engine.dispose()
    assert codes(found) == {"Фильтры масляные для легковых автомобилей": "090210"}
