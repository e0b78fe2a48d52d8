"""The ClassificationMemory contract, run against the in-memory twin, SQLite and PostgreSQL."""

from datetime import timedelta

from tests.services import Backend

from application.ports.memory import Confirmation
from domain.classification.candidate import Source


async def remember(backend: Backend, description: str, hs6: str, account: str = "acc-1") -> None:
    await backend.memory.remember(Confirmation(account, description, hs6, hs6 + "000", "broker@example.com"))


async def test_a_confirmed_description_is_recalled_free_with_who_confirmed_it_and_when(backend: Backend) -> None:
    await remember(backend, "Футболка хлопковая красная XL", "610910")
    found = await backend.memory.recall("acc-1", ["Футболка хлопковая красная XL", "laptop"])
    assert list(found) == ["Футболка хлопковая красная XL"]
    result = found["Футболка хлопковая красная XL"]
    assert result.source is Source.MEMORY and not result.needs_review and result.confidence == 1.0
    chosen = result.chosen
    assert chosen is not None and chosen.hs6 == "610910" and chosen.national_code == "610910000"
    assert chosen.rationale == "from memory: confirmed by broker@example.com on 2026-11-25"


async def test_variants_of_the_description_are_recalled_as_the_same_product(backend: Backend) -> None:
    await remember(backend, "Футболка хлопковая красная XL", "610910")
    variants = ["футболка  ХЛОПКОВАЯ", "Хлопковая футболка, синяя, 48", "Футболка хлопковая красная XXL"]
    found = await backend.memory.recall("acc-1", variants)
    assert {d: r.candidates[0].hs6 for d, r in found.items()} == dict.fromkeys(variants, "610910")
    assert found[variants[0]].candidates[0].rationale.endswith("for 'Футболка хлопковая красная XL'")


async def test_one_typo_is_a_near_duplicate_scored_below_one(backend: Backend) -> None:
    await remember(backend, "Notebook Lenovo IdeaPad 5 15.6 inch", "847130")
    await remember(backend, "Monitor", "852852")
    found = await backend.memory.recall("acc-1", ["notebok lenovo ideapad", "Monitr", "Lenovo ideapad"])
    assert set(found) == {"notebok lenovo ideapad", "Monitr"}
    assert 0.9 < found["notebok lenovo ideapad"].confidence < 1.0
    assert found["Monitr"].candidates[0].hs6 == "852852"


async def test_goods_one_short_word_apart_are_not_confused(backend: Backend) -> None:
    await remember(backend, "men shirt cotton", "620520")
    await remember(backend, "black tea", "090230")
    assert await backend.memory.recall("acc-1", ["women shirt cotton", "green tea", "tea"]) == {}


async def test_memory_belongs_to_one_account(backend: Backend) -> None:
    await remember(backend, "Green tea 100 g", "090210", account="acc-2")
    assert await backend.memory.recall("acc-1", ["Green tea 100 g"]) == {}


async def test_the_latest_confirmation_wins(backend: Backend) -> None:
    await remember(backend, "Чай зелёный", "090220")
    backend.clock.advance(timedelta(days=2))
    await remember(backend, "чай зеленый 100 г", "090210")
    found = await backend.memory.recall("acc-1", ["Чай зелёный"])
    chosen = found["Чай зелёный"].chosen
    assert (
        chosen is not None
        and chosen.hs6 == "090210"
        and chosen.rationale.endswith("on 2026-11-27 for 'чай зеленый 100 г'")
    )


async def test_entries_are_listed_by_account_with_ids_that_survive_a_later_confirmation(backend: Backend) -> None:
    await remember(backend, "Чай зелёный", "090220")
    await remember(backend, "Monitor", "852852", account="acc-2")
    await remember(backend, "чай зеленый 100 г", "090210")  # the same product: replaces the first, keeps its id
    listed = await backend.memory.entries("acc-1")
    assert [(e.remembered.description, e.remembered.hs6) for e in listed] == [("чай зеленый 100 г", "090210")]
    everyone = await backend.memory.entries()
    assert [e.remembered.account_id for e in everyone] == ["acc-1", "acc-2"]
    assert everyone[0].id == listed[0].id != everyone[1].id


async def test_a_forgotten_entry_is_recalled_no_more_not_even_as_a_near_duplicate(backend: Backend) -> None:
    await remember(backend, "Notebook Lenovo IdeaPad", "847130")
    await remember(backend, "Monitor", "852852")
    notebook, monitor = await backend.memory.entries("acc-1")
    forgotten = await backend.memory.forget(notebook.id)
    assert forgotten is not None and forgotten.remembered.description == "Notebook Lenovo IdeaPad"
    assert await backend.memory.recall("acc-1", ["notebook lenovo ideapad", "notebok lenovo ideapad"]) == {}
    assert await backend.memory.forget(notebook.id) is None
    assert [e.id for e in await backend.memory.entries()] == [monitor.id]
    await remember(backend, "Notebook Lenovo IdeaPad", "847141")  # remembered again from scratch
    assert set(await backend.memory.recall("acc-1", ["notebok lenovo ideapad"])) == {"notebok lenovo ideapad"}


async def test_a_word_hyphenated_split_or_joined_is_one_form(backend: Backend) -> None:
    await remember(backend, "Washing machine Front loading 7kg", "845011")
    await remember(backend, "T-shirt cotton", "610910")
    variants = ["Washing machine Front-loading 7 kg", "washing machine frontloading", "T shirt, cotton"]
    found = await backend.memory.recall("acc-1", [*variants, "shirt cotton", "tshirt cotton"])
    assert {d: (r.candidates[0].hs6, r.confidence) for d, r in found.items()} == {
        "Washing machine Front-loading 7 kg": ("845011", 1.0),
        "washing machine frontloading": ("845011", 1.0),
        "T shirt, cotton": ("610910", 1.0),
        "tshirt cotton": ("610910", 1.0),  # the key joins the hyphen: as 'T-shirt' itself
    }  # 'shirt cotton' is other goods (6205), not a typo of 't-shirt'


async def test_turkmen_typed_without_its_letters_is_the_same_description(backend: Backend) -> None:
    await remember(backend, "Gök çaý, 100 g", "090210")
    await remember(backend, "Gara çaý", "090230")
    found = await backend.memory.recall("acc-1", ["Gok cay 100 g", "GÖK CAÝ", "gara cay", "Gyzyl cay"])
    assert {d: (r.candidates[0].hs6, r.confidence) for d, r in found.items()} == {
        "Gok cay 100 g": ("090210", 1.0),
        "GÖK CAÝ": ("090210", 1.0),
        "gara cay": ("090230", 1.0),
    }  # green and black tea stay apart, and red tea is neither


async def test_the_same_goods_in_another_model_or_none_are_recalled_for_review(backend: Backend) -> None:
    """A trial: a refrigerator confirmed as 'BCD-260W' was classified again, and charged, as 'BCD-300W'. Each model
    stays its own entry; two products told apart only by their models (part numbers) are not guessed between."""
    await remember(backend, "Холодильник двухкамерный бытовой, BCD-260W", "841810")
    await remember(backend, "Pipe PPR-PN20", "391722")
    await remember(backend, "Запчасть 04152-YZZA6", "842123")
    await remember(backend, "Запчасть 1K0-615-301-AA", "870830")
    await remember(backend, "Refrigerator BCD-260W two door", "841810")
    lines = ["Холодильник двухкамерный бытовой, BCD-300W", "Холодильник двухкамерный бытовой", "Pipe PVC-PN20",
             "Запчасть 9999-XYZ1", "Запчасть 04152-YZZA6", "Refrigerator BCD-300W two-door"]  # fmt: skip
    found = await backend.memory.recall("acc-1", lines)
    assert {line: (result.candidates[0].hs6, result.needs_review) for line, result in found.items()} == {
        lines[0]: ("841810", True), lines[1]: ("841810", True), lines[2]: ("391722", True),
        lines[4]: ("842123", False), lines[5]: ("841810", True),
    }  # fmt: skip
    assert found[lines[2]].notes == [
        "the line names another model than the one confirmed: check that it is the same goods"
    ]
    assert len(await backend.memory.entries("acc-1")) == 5
