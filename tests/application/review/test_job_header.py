from dataclasses import replace

import pytest

from application.review.job_header import ChangeJobHeader
from domain.declaration.header import Trader
from domain.processing.job import JobStatus
from tests.application.review.test_review import completed
from tests.application.service_world import ServiceWorld


async def test_a_changed_header_is_applied_to_the_locked_job_and_the_declaration_built_again() -> None:
    world = ServiceWorld()
    account_id, job_id = await completed(world)
    change = ChangeJobHeader(world.results, world.uow, world.regenerate, world.activity, world.clock)

    job = await change(account_id, job_id, lambda locked: replace(locked.header, exporter=Trader("Stroy Torg OOO")))

    assert job.header is not None and job.header.exporter == Trader("Stroy Torg OOO")
    assert world.renderer.rendered[-1].header.exporter == Trader("Stroy Torg OOO")  # built again with it


async def test_a_rebuild_that_breaks_leaves_the_job_completed_and_its_declaration_outdated_not_stranded() -> None:
    """A hostile trial's header change broke the XML writer: the job stayed GENERATING, then failed after a restart."""
    world = ServiceWorld()
    account_id, job_id = await completed(world)
    change = ChangeJobHeader(world.results, world.uow, world.regenerate, world.activity, world.clock)

    def broken(declaration: object) -> bytes:
        raise ValueError("All strings must be XML compatible")

    world.renderer.render = broken  # type: ignore[method-assign]
    with pytest.raises(ValueError, match="XML compatible"):
        await change(account_id, job_id, lambda locked: replace(locked.header, exporter=Trader("Stroy Torg OOO")))

    job = await world.results.job(account_id, job_id)
    assert (job.status, job.declaration_outdated) == (JobStatus.COMPLETED, True)
