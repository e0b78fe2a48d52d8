"""A broker teaches the memory from a list of descriptions and codes; all or nothing, each wrong row named."""

import pytest
from tests.application.fakes import FakeCountries, FakeNomenclature, FakeRenderer
from tests.application.service_world import ServiceWorld

from application.memory.teach_memory import MemoryNotTaught, TaughtLine, TeachMemory


def teacher(world: ServiceWorld) -> TeachMemory:
    countries = FakeCountries(FakeRenderer())
    return TeachMemory(world.memory, FakeNomenclature(), countries, world.activity, world.clock)


async def test_taught_lines_are_recalled_at_once_and_the_teaching_is_logged() -> None:
    world = ServiceWorld()
    taught = [TaughtLine(2, "Green tea Ahmad 100 g", "0902.20"), TaughtLine(3, "Laptop Lenovo V15", "847130000")]

    assert await teacher(world)("local", taught, "TM", "command line", "report.csv") == 2

    recalled = await world.memory.recall("local", ["green tea ahmad", "Laptop Lenovo V15 15.6 inch"])
    assert {description: found.chosen.hs6 for description, found in recalled.items() if found.chosen} == {
        "green tea ahmad": "090220",
        "Laptop Lenovo V15 15.6 inch": "847130",
    }
    assert recalled["Laptop Lenovo V15 15.6 inch"].chosen.national_code == "847130000"  # type: ignore[union-attr]
    logged = await world.activity.recent("local", "memory teach")
    assert [(entry.subject, entry.details) for entry in logged] == [("report.csv", {"lines": "2"})]


async def test_one_wrong_row_and_nothing_is_learnt_every_wrong_row_named() -> None:
    world = ServiceWorld()
    taught = [TaughtLine(2, "Green tea", "090220"), TaughtLine(3, "Laptop", "9999.99"), TaughtLine(4, " ", "847130"),
              TaughtLine(5, "Mouse", "84-71")]  # fmt: skip

    with pytest.raises(MemoryNotTaught) as refused:
        await teacher(world)("local", taught, "TM", "command line", "report.csv")

    assert [(p.row, p.column) for p in refused.value.problems] == [(3, "code"), (4, "description"), (5, "code")]
    assert "999999 is not an HS subheading" in refused.value.problems[0].reason
    assert await world.memory.recall("local", ["Green tea"]) == {}
