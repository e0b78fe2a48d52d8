"""The Purchases contract, run against the in-memory twin, SQLite and PostgreSQL."""

from datetime import timedelta

import pytest
from tests.services import Backend

from domain.billing.ledger import Purchase


def purchase(backend: Backend, purchase_id: str, credits: int = 500) -> Purchase:
    backend.clock.advance(timedelta(minutes=1))
    return Purchase(purchase_id, "acc-1", "pack-500", credits, backend.clock.now())


async def test_a_purchase_round_trips(backend: Backend) -> None:
    bought = purchase(backend, "p-1")
    await backend.purchases.add(bought)
    assert await backend.purchases.get("p-1") == bought
    assert await backend.purchases.get("p-2") is None


async def test_adding_a_purchase_twice_is_refused(backend: Backend) -> None:
    await backend.purchases.add(purchase(backend, "p-1"))
    with pytest.raises(ValueError, match="p-1"):
        await backend.purchases.add(purchase(backend, "p-1"))


async def test_pending_purchases_come_oldest_first_until_decided(backend: Backend) -> None:
    first, second, third = (purchase(backend, f"p-{n}") for n in (1, 2, 3))
    for each in (third, first, second):
        await backend.purchases.add(each)
    second.status = "approved"
    await backend.purchases.save(second)
    assert await backend.purchases.pending() == [first, third]
    assert await backend.purchases.get("p-2") == second
