"""A correction follows the product's other lines in the job: what memory now answers with the chosen code takes
it (another model number, a size, a typo); other products, decided lines and conflicts stay as they were."""

import csv
import io

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


async def test_a_line_the_engine_told_apart_does_not_follow_though_memory_calls_it_the_same_product() -> None:
    """A trial: confirming tea in 100 g packs (0902.30) moved the 5 kg packs (0902.40) with it."""
    teas = ProductList(
        [line(1, "Tea black leaf 100 g"), line(2, "Black tea leaf 5 kg"), line(3, "Tea black leaf 250 g")]
    )
    world = ServiceWorld(teas)
    account = await world.account()
    job_id = await world.upload(account)
    await world.work()

    changed = await world.review(account, job_id, 1, "0902.10")

    assert sorted(changed_line.row for changed_line in changed) == [1, 3]  # row 2: 847130 by the engine, not 090220
    lines = {job_line.row: job_line.classification for job_line in await world.results.lines(account.id, job_id, 1, 10)}
    assert lines[2] is not None and lines[2].source is Source.ENGINE


async def test_the_report_proposes_a_followers_code_so_memory_learn_does_not_take_it_for_a_persons_choice() -> None:
    world = ServiceWorld(FITTINGS)
    account = await world.account()
    job_id = await world.upload(account)
    await world.work()
    await world.review(account, job_id, 1, "847141")
    await world.regenerate(account.id, job_id)
    _, report = await world.results.report(account.id, job_id)
    rows = {row["row"]: row for row in csv.DictReader(io.StringIO(report.decode("utf-8-sig")))}
    assert rows["1"]["proposed_code"] != rows["1"]["commodity_code"]  # the broker's correction
    assert rows["3"]["proposed_code"] == rows["3"]["commodity_code"]  # followed it: Gumruk's proposal
