from datetime import UTC, datetime

from application.memory.normalise import MemoryKey, memory_key
from application.memory.recall import recall_descriptions
from application.memory.remembered import Remembered
from domain.classification.candidate import Source

TEA = Remembered("acc-1", "Green tea", memory_key("Green tea").text, "090210", "090210000", "ayna@broker.tm",
                 datetime(2026, 3, 8, 14, 0, tzinfo=UTC))  # fmt: skip
LAPTOP = Remembered("acc-1", "Laptop Lenovo", memory_key("Laptop Lenovo").text, "847130", None, "merdan@broker.tm",
                    datetime(2026, 3, 9, tzinfo=UTC))  # fmt: skip


async def test_exact_keys_then_compound_forms_of_the_rest_are_looked_up_once_near_duplicates_once_per_key() -> None:
    asked_exact: list[list[str]] = []
    asked_near: list[MemoryKey] = []

    async def exact(keys: list[str]) -> dict[str, Remembered]:
        asked_exact.append(keys)
        return {TEA.key: TEA} if TEA.key in keys else {}

    async def candidates(key: MemoryKey) -> list[Remembered]:
        asked_near.append(key)
        return [LAPTOP]

    found = await recall_descriptions(
        ["green tea 100 g", "Tea, green", "Laptop Lenvo", "laptop  lenvo", "Printer"], exact, candidates
    )
    assert asked_exact[0] == sorted({"green tea", "laptop lenvo", "printer"})
    assert len(asked_exact) == 2 and {"laptoplenvo", "er print", "lap lenvo top"} <= set(asked_exact[1])
    assert not any("green" in key or "tea" in key for key in asked_exact[1])  # found: not looked up again
    assert asked_near == [memory_key("Laptop Lenvo"), memory_key("Printer")]
    assert set(found) == {"green tea 100 g", "Tea, green", "Laptop Lenvo", "laptop  lenvo"}
    tea = found["Tea, green"]
    assert tea.source is Source.MEMORY and tea.confidence == 1.0 and not tea.needs_review
    assert tea.candidates[0].rationale == "from memory: confirmed by ayna@broker.tm on 2026-03-08 for 'Green tea'"
    assert tea.candidates[0].national_code == "090210000"
    laptop = found["Laptop Lenvo"]
    assert laptop.candidates[0].hs6 == "847130" and 0.85 < laptop.confidence < 1.0


async def test_a_line_stating_other_figures_than_the_confirmed_one_is_recalled_for_review() -> None:
    """A trial: tea in 10 kg packs came back free and unflagged with the code of the 100 g packs (0902.30, not .40)."""
    confirmed = Remembered("acc-1", "Чай черный листовой 100 г", memory_key("Чай черный листовой 100 г").text,
                           "090230", None, "ayna@broker.tm", datetime(2026, 3, 8, tzinfo=UTC))  # fmt: skip

    async def exact(keys: list[str]) -> dict[str, Remembered]:
        return {confirmed.key: confirmed} if confirmed.key in keys else {}

    async def candidates(key: MemoryKey) -> list[Remembered]:
        return []

    lines = ["ЧАЙ ЧЕРНЫЙ ЛИСТОВОЙ 100 г", "Чай черный листовой 10 кг", "Чай черный листовой 100,0 г"]
    found = await recall_descriptions(lines, exact, candidates)
    assert [(found[line].candidates[0].hs6, found[line].needs_review) for line in lines] == [
        ("090230", False), ("090230", True), ("090230", False)
    ]  # fmt: skip
    assert found[lines[1]].notes == [
        "the line states other figures than the one confirmed: check that they do not change the subheading"
    ]
