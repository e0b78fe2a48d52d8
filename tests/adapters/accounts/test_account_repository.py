"""The AccountRepository contract, run against the in-memory twin, SQLite and PostgreSQL."""

from datetime import timedelta

import pytest
from tests.services import Backend

from domain.accounts.account import Account, ApiKey, Role


def account(backend: Backend, account_id: str, email: str) -> Account:
    backend.clock.advance(timedelta(minutes=1))
    return Account(account_id, email, "argon2-hash", backend.clock.now(), profile={"consignee": "Ynam HJ"})


async def test_an_account_round_trips_and_is_found_by_email_in_any_case(backend: Backend) -> None:
    broker = account(backend, "acc-1", "Broker@Example.com")
    await backend.accounts.add(broker)
    assert await backend.accounts.get("acc-1") == broker
    assert await backend.accounts.by_email(" broker@example.COM ") == broker
    assert await backend.accounts.get("acc-2") is None
    assert await backend.accounts.by_email("other@example.com") is None


async def test_an_email_is_taken_once(backend: Backend) -> None:
    await backend.accounts.add(account(backend, "acc-1", "broker@example.com"))
    with pytest.raises(ValueError, match="already registered"):
        await backend.accounts.add(account(backend, "acc-2", "BROKER@example.com"))
    assert await backend.accounts.list() == [await backend.accounts.get("acc-1")]


async def test_saving_changes_role_and_profile(backend: Backend) -> None:
    broker = account(backend, "acc-1", "broker@example.com")
    await backend.accounts.add(broker)
    broker.role, broker.profile = Role.ADMIN, {"declarant": "Broker HJ", "office": "TM0100"}
    await backend.accounts.save(broker)
    assert await backend.accounts.get("acc-1") == broker


async def test_accounts_are_listed_oldest_first_a_page_at_a_time(backend: Backend) -> None:
    made = [account(backend, f"acc-{n}", f"user{n}@example.com") for n in range(5)]
    for each in reversed(made):
        await backend.accounts.add(each)
    assert [a.id for a in await backend.accounts.list(offset=1, limit=3)] == ["acc-1", "acc-2", "acc-3"]


async def test_an_api_key_finds_its_account(backend: Backend) -> None:
    broker = account(backend, "acc-1", "broker@example.com")
    await backend.accounts.add(broker)
    await backend.accounts.add_api_key(ApiKey("key-1", "acc-1", "sha256-of-secret", "ERP export", broker.created_at))
    assert await backend.accounts.by_api_key("sha256-of-secret") == broker
    assert await backend.accounts.by_api_key("sha256-of-something-else") is None


async def test_an_accounts_keys_are_listed_oldest_first_and_one_removed_only_by_its_owner(backend: Backend) -> None:
    for owner in ("acc-1", "acc-2"):
        await backend.accounts.add(account(backend, owner, f"{owner}@example.com"))
    issued = backend.clock.now()
    for key_id, owner in (("key-b", "acc-1"), ("key-a", "acc-1"), ("key-c", "acc-2")):
        await backend.accounts.add_api_key(ApiKey(key_id, owner, f"hash-{key_id[-1]}", "ERP export", issued))
    assert [key.id for key in await backend.accounts.api_keys_of("acc-1")] == ["key-a", "key-b"]
    assert await backend.accounts.remove_api_key("acc-1", "key-c") is False
    assert await backend.accounts.remove_api_key("acc-1", "key-b") is True
    assert await backend.accounts.remove_api_key("acc-1", "key-b") is False
    assert await backend.accounts.by_api_key("hash-b") is None
    assert [key.id for key in await backend.accounts.api_keys_of("acc-1")] == ["key-a"]
    assert [key.id for key in await backend.accounts.api_keys_of("acc-2")] == ["key-c"]
