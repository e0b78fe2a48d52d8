"""A Russian description in another case or number than the one confirmed is the same product: memory recalls it
by the looser key (after the exact, compound and one-typo lookups), free, marked for review."""

from adapters.memory.in_memory import InMemoryClassificationMemory
from application.memory.remembered import OTHER_FORMS
from application.ports.memory import Confirmation
from domain.classification.candidate import Source


async def test_a_description_inflected_otherwise_is_recalled_with_the_confirmed_code() -> None:
    memory = InMemoryClassificationMemory()
    await memory.remember(Confirmation("acc", "Фильтр масляный для легкового автомобиля", "842123", None, "broker"))
    await memory.remember(Confirmation("acc", "Чай чёрный байховый", "090230", None, "broker"))

    found = await memory.recall("acc", ["Фильтры масляные для легковых автомобилей", "Чай зелёный байховый"])

    inflected = found["Фильтры масляные для легковых автомобилей"]
    assert (inflected.source, inflected.candidates[0].hs6, inflected.needs_review) == (Source.MEMORY, "842123", True)
    assert inflected.notes == [OTHER_FORMS]  # a stem may join other goods ('мёд', 'медь'): a person checks
    assert "Чай зелёный байховый" not in found  # another word, not another form of one
