"""A header with boxes left blank: the job completes, its declaration is incomplete and says what is missing,
no XML is written and nothing is invented; once the boxes are filled in, the declaration is built."""

from dataclasses import replace

from application.processing.submit_product_list import Upload
from domain.declaration.header import DeclarationHeader, Trader
from domain.goods.problems import Severity
from domain.processing.job import JobStatus
from tests.application.fakes import header
from tests.application.test_process_job import World, listing


def draft() -> DeclarationHeader:
    return replace(header(), exporter=Trader(""), border_office="", missing=("exporter.name", "border_office"))


async def test_missing_header_boxes_make_the_declaration_incomplete_not_failed_and_name_each_box() -> None:
    world = World(listing())
    job = (await world.submit(Upload("acc-1", "invoice.csv", b"raw", "TM", draft()))).job
    await world.process(job.id)

    done = world.store.jobs[job.id]
    assert done.status is JobStatus.COMPLETED and done.declaration_keys == []
    assert done.needs_header_details and done.progress == 95  # not shown as ready
    assert world.renderer.rendered == []
    gaps = [(p.column, p.reason) for p in done.problems if p.severity is Severity.ERROR]
    assert gaps == [
        ("header: exporter_name", "the declaration is incomplete: box 2, the exporter (the foreign supplier) is not "
         "stated; fill it in the declaration header"),
        ("header: border_office", "the declaration is incomplete: box 29, the office of entry is not stated; fill it "
         "in the declaration header"),
    ]  # fmt: skip
    assert world.events.events[-1].message == "declaration incomplete: the header leaves boxes out"


async def test_once_the_boxes_are_filled_in_the_declaration_is_built_and_the_gaps_go() -> None:
    world = World(listing())
    job = (await world.submit(Upload("acc-1", "invoice.csv", b"raw", "TM", draft()))).job
    await world.process(job.id)
    world.store.jobs[job.id].header = header()

    outcome = await world.process.generate(job.id)

    done = world.store.jobs[job.id]
    assert outcome.problems == [] and done.declaration_keys == [f"jobs/{job.id}/declaration-1.xml"]
    assert not any(p.reason.startswith("the declaration is incomplete") for p in done.problems)
    assert done.status is JobStatus.COMPLETED and not done.needs_header_details and done.progress == 100
