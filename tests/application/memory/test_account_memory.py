"""Listing and forgetting an account's confirmed classifications."""

import pytest
from tests.application.service_world import ServiceWorld

from application.errors import NotFound
from application.memory.account_memory import AccountMemory, Listed
from application.ports.memory import Confirmation


async def world_with_memory() -> tuple[ServiceWorld, AccountMemory]:
    world = ServiceWorld()
    ayna, merdan = await world.account("ayna@broker.tm"), await world.account("merdan@broker.tm")
    for account, description, code in [(ayna, "Чай зелёный 100 г", "090210"), (ayna, "Laptop Lenovo", "847130"),
                                       (merdan, "Green tea", "090210")]:  # fmt: skip
        await world.memory.remember(Confirmation(account.id, description, code, code + "000", account.email))
    return world, AccountMemory(world.memory, world.accounts, world.activity, world.clock)


def shown(listed: list[Listed]) -> list[tuple[str, str]]:
    return [(item.email, item.entry.remembered.description) for item in listed]


async def test_entries_are_listed_with_their_account_and_found_by_words_or_code() -> None:
    _, memory = await world_with_memory()
    everyone = [("ayna@broker.tm", "Чай зелёный 100 г"), ("ayna@broker.tm", "Laptop Lenovo"),
                ("merdan@broker.tm", "Green tea")]  # fmt: skip
    assert shown(await memory.list()) == everyone
    assert shown(await memory.list("Ayna@Broker.tm")) == [("ayna@broker.tm", "Чай зелёный 100 г"),
                                                          ("ayna@broker.tm", "Laptop Lenovo")]  # fmt: skip
    assert shown(await memory.list(search="ЧАЙ ЗЕЛЕНЫЙ")) == [("ayna@broker.tm", "Чай зелёный 100 г")]
    assert shown(await memory.list(search="0902")) == [("ayna@broker.tm", "Чай зелёный 100 г"),
                                                       ("merdan@broker.tm", "Green tea")]  # fmt: skip
    with pytest.raises(NotFound, match=r"no account nobody@broker\.tm"):
        await memory.list("nobody@broker.tm")


async def test_a_search_typed_without_turkmen_letters_finds_them() -> None:
    world, memory = await world_with_memory()
    ayna = await world.accounts.by_email("ayna@broker.tm")
    assert ayna is not None
    await world.memory.remember(Confirmation(ayna.id, "Gök çaý, 100 g", "090210", None, ayna.email))
    assert shown(await memory.list(search="GOK CAY")) == [("ayna@broker.tm", "Gök çaý, 100 g")]


async def test_a_search_in_other_forms_of_the_words_finds_them() -> None:
    """'чаи зелёные' finds 'Чай зелёный 100 г': a broker searches as the next list writes it."""
    _, memory = await world_with_memory()
    assert shown(await memory.list(search="зелёные чаи")) == [("ayna@broker.tm", "Чай зелёный 100 г")]
    assert shown(await memory.list(search="чай чёрный")) == []


async def test_forgetting_by_id_or_description_is_logged_and_the_product_is_recalled_no_more() -> None:
    world, memory = await world_with_memory()
    tea, laptop, _ = [item.entry for item in await memory.list()]
    forgotten = await memory.forget(laptop.id)
    assert (forgotten.email, forgotten.entry.remembered.hs6) == ("ayna@broker.tm", "847130")
    again = await memory.forget_description("ayna@broker.tm", "чай зеленый")  # the same product, size aside
    assert again.entry.id == tea.id
    assert await world.memory.recall(tea.remembered.account_id, ["Laptop Lenovo", "Чай зелёный"]) == {}
    logged = await world.activity.recent(tea.remembered.account_id, "memory forget")
    assert [entry.details["code"] for entry in logged] == ["090210000", "847130000"]
    with pytest.raises(NotFound, match=f"no remembered classification {tea.id}"):
        await memory.forget(tea.id)
    with pytest.raises(NotFound, match="has no remembered classification for 'Green tea'"):
        await memory.forget_description("ayna@broker.tm", "Green tea")
