from dataclasses import replace

from application.review.job_header import ChangeJobHeader
from domain.declaration.header import Trader
from tests.application.review.test_review import completed
from tests.application.service_world import ServiceWorld


async def test_a_changed_header_is_applied_to_the_locked_job_and_the_declaration_built_again() -> None:
    world = ServiceWorld()
    account_id, job_id = await completed(world)
    change = ChangeJobHeader(world.results, world.uow, world.regenerate, world.activity, world.clock)

    job = await change(account_id, job_id, lambda locked: replace(locked.header, exporter=Trader("Stroy Torg OOO")))

    assert job.header is not None and job.header.exporter == Trader("Stroy Torg OOO")
    assert world.renderer.rendered[-1].header.exporter == Trader("Stroy Torg OOO")  # built again with it
