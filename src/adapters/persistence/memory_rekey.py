"""Stored memory keys recomputed by today's `memory_key`: a migration runs this whenever the key changes, so that
entries confirmed before are found as the same descriptions would be today. Two entries of one account that now
share a key are one product: the latest confirmation stays, as `remember` would have kept it."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.sql.expression import TableClause

from adapters.persistence.memory_entries import key_columns, key_hash, word_rows
from adapters.persistence.tables import memory_entries, memory_words
from application.memory.normalise import MemoryKey, memory_key, model_free_key

BATCH = 1_000
_KEY_COLUMNS = ("key_hash", "key", "word_count", "key_length")  # as key_columns() names them


def rekey_memory(connection: Connection) -> None:
    table = memory_entries.c
    rows = connection.execute(
        select(table.id, table.account_id, table.description, table.key).order_by(table.confirmed_at, table.id)
    ).all()
    keys = {row.id: memory_key(row.description) for row in rows}
    latest = {(row.account_id, keys[row.id].text): row for row in rows}
    kept = {row.id for row in latest.values()}
    changed = [row for row in latest.values() if keys[row.id].text != row.key]
    _delete_entries(connection, [row.id for row in rows if row.id not in kept])
    _delete_words(connection, [row.id for row in changed])
    _write_keys(connection, [(row.id, row.account_id, keys[row.id]) for row in changed])


def rehash_model_free_keys(connection: Connection, entries: TableClause = memory_entries) -> None:
    """Each entry's hash of its looser key (see model_free_key), recomputed; `entries`: the table as the migration
    calling it knows it (its id, description and model_free_hash columns)."""
    table = entries.c
    rows = connection.execute(select(table.id, table.description)).all()
    hashed = [{"entry": row.id, "hash": key_hash(model_free_key(row.description).text)} for row in rows]
    rehashed = update(entries).where(table.id == bindparam("entry")).values(model_free_hash=bindparam("hash"))
    for start in range(0, len(hashed), BATCH):
        connection.execute(rehashed, hashed[start : start + BATCH])


def _delete_entries(connection: Connection, ids: Sequence[int]) -> None:
    _delete_words(connection, ids)
    for start in range(0, len(ids), BATCH):
        connection.execute(delete(memory_entries).where(memory_entries.c.id.in_(ids[start : start + BATCH])))


def _delete_words(connection: Connection, ids: Sequence[int]) -> None:
    for start in range(0, len(ids), BATCH):
        connection.execute(delete(memory_words).where(memory_words.c.entry_id.in_(ids[start : start + BATCH])))


def _write_keys(connection: Connection, changed: Sequence[tuple[int, str, MemoryKey]]) -> None:
    """Each key hash is first set to one of its own: a key that another entry holds until its turn comes must not
    meet the unique index (account, key hash) on the way."""
    if not changed:
        return
    by_id = memory_entries.c.id == bindparam("entry")
    placeholder = update(memory_entries).where(by_id).values(key_hash=bindparam("new_key_hash"))
    connection.execute(placeholder, [{"entry": entry, "new_key_hash": f"rekey-{entry}"} for entry, _, _ in changed])
    rekeyed = update(memory_entries).where(by_id).values({name: bindparam(f"new_{name}") for name in _KEY_COLUMNS})
    connection.execute(rekeyed, [_bound(entry, key) for entry, _, key in changed])
    words = [row for entry, account, key in changed for row in word_rows(account, entry, key)]
    for start in range(0, len(words), BATCH):
        connection.execute(memory_words.insert(), words[start : start + BATCH])


def _bound(entry: int, key: MemoryKey) -> dict[str, Any]:
    return {"entry": entry, **{f"new_{name}": value for name, value in key_columns(key).items()}}
