"""A declaration withheld until a person acts, for blank header boxes or for a supplier's code in conflict with the
engine's: the job is not shown done (95 %, no download) on its progress events, the job API and the socket's state,
until the person has acted; then 100 % with the declaration."""

from application.ports.jobs import JobLine
from application.processing.submit_product_list import Upload
from domain.classification.candidate import Candidate, Classification, Source
from domain.processing.job import JobStatus, ProcessingJob
from entrypoints.http.schemas.jobs import JobOut
from entrypoints.http.websocket import state_of
from tests.application.fakes import header
from tests.application.test_declared_conflicts import TITANIUM_DIOXIDE
from tests.application.test_declared_conflicts import world as conflicting
from tests.application.test_incomplete_header import draft
from tests.application.test_process_job import World, listing


def _shown_withheld(world: World, job: ProcessingJob) -> None:
    assert job.status is JobStatus.COMPLETED and job.declaration_withheld and job.progress == 95
    last = world.events.events[-1]
    assert (last.progress, last.download_url) == (95, None)
    assert (state_of(job).progress, state_of(job).download_url) == (95, None)
    out = JobOut.of(job)
    assert (out.progress, out.declaration_withheld, out.declaration_urls) == (95, True, [])


def _shown_ready(world: World, job: ProcessingJob) -> None:
    assert not job.declaration_withheld and job.progress == 100
    assert (world.events.events[-1].progress, state_of(job).progress) == (100, 100)
    assert state_of(job).download_url == f"/processing/jobs/{job.id}/declaration"
    assert not JobOut.of(job).declaration_withheld


async def test_a_declaration_withheld_for_blank_header_boxes_stops_at_95_until_they_are_filled_in() -> None:
    world = World(listing())
    job = (await world.submit(Upload("acc-1", "invoice.csv", b"raw", "TM", draft()))).job
    await world.process(job.id)
    _shown_withheld(world, world.store.jobs[job.id])

    world.store.jobs[job.id].header = header()
    await world.process.generate(job.id)
    _shown_ready(world, world.store.jobs[job.id])


async def test_a_declaration_withheld_for_a_conflicting_code_stops_at_95_until_a_code_is_chosen() -> None:
    world = conflicting()
    job_id = await world.run()
    _shown_withheld(world, world.store.jobs[job_id])
    assert JobOut.of(world.store.jobs[job_id]).conflict_rows == [2]

    titanium: JobLine = world.store.lines[job_id][2]
    chosen = Candidate("320611", 1.0, "chosen in review by broker@example.com", tariff_text=TITANIUM_DIOXIDE)
    titanium.classification = Classification([chosen], Source.REVIEW, 1.0, needs_review=False)
    await world.process.generate(job_id)
    _shown_ready(world, world.store.jobs[job_id])
