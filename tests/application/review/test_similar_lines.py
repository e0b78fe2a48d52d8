"""A correction follows the product's other lines in the job: what memory now answers with the chosen code takes
it (another model number, a size, a typo); other products, decided lines and conflicts stay as they were."""

from domain.classification.candidate import Source
from domain.goods.product_list import ProductList
from domain.processing.job import JobStatus
from tests.application.service_world import ServiceWorld, line

FITTINGS = ProductList([
    line(1, "Фитинг угол 90 градусов модель 1003"), line(2, "Laptop 15 inch"),
    line(3, "Фитинг угол 90 градусов модель 1023"), line(4, "фитинг угол 90 градусов, модель 1043, белый"),
    line(5, "Фитинг тройник модель 1003"),
])  # fmt: skip


async def test_a_corrected_fitting_is_followed_by_its_other_models_and_nothing_else() -> None:
    world = ServiceWorld(FITTINGS)
    account = await world.account()
    job_id = await world.upload(account)
    await world.work()
    assert world.store.jobs[job_id].status is JobStatus.COMPLETED

    changed = await world.review(account, job_id, 1, "847141")

    assert sorted(changed_line.row for changed_line in changed) == [1, 3, 4]
    lines = {job_line.row: job_line.classification for job_line in await world.results.lines(account.id, job_id, 1, 10)}
    follower = lines[3]
    assert follower is not None and follower.source is Source.MEMORY and follower.chosen is not None
    assert follower.chosen.hs6 == "847141" and "from memory" in follower.chosen.rationale
    assert follower.suggested is not None and follower.suggested.hs6 == "847130"  # what the engine had said
    assert [lines[row].source for row in (2, 5)] == [Source.ENGINE, Source.ENGINE]  # type: ignore[union-attr]
    assert world.store.jobs[job_id].declaration_outdated
