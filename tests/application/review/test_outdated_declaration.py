"""A declaration built before a line's code or the header changed is outdated: not served until built again."""

from dataclasses import replace

import pytest

from application.review.errors import DeclarationOutdated
from application.review.job_header import ChangeJobHeader
from domain.accounts.account import Account
from domain.declaration.declaration import Declaration
from domain.declaration.header import Trader
from domain.goods.problems import RowProblem, Severity
from tests.application.review.test_review import completed
from tests.application.service_world import ServiceWorld


async def reviewing(world: ServiceWorld) -> tuple[Account, str]:
    account_id, job_id = await completed(world)
    account = await world.accounts.get(account_id)
    assert account is not None
    return account, job_id


async def test_a_corrected_code_outdates_the_declaration_and_its_report_until_built_again() -> None:
    world = ServiceWorld()
    account, job_id = await reviewing(world)
    balance = await world.ledger.balance(account.id)
    await world.review(account, job_id, 2, "847141")
    job = await world.results.job(account.id, job_id)
    assert job.declaration_outdated and not job.has_declaration
    with pytest.raises(DeclarationOutdated, match="changed after the declaration was built: build it again"):
        await world.results.declaration(account.id, job_id)
    with pytest.raises(DeclarationOutdated):
        await world.results.report(account.id, job_id)
    await world.regenerate(account.id, job_id)
    job = await world.results.job(account.id, job_id)
    assert not job.declaration_outdated and job.has_declaration
    assert (await world.results.declaration(account.id, job_id))[1].startswith(b"<ASYCUDA")
    assert await world.ledger.balance(account.id) == balance  # the rebuild charges nothing


async def test_confirming_the_code_a_line_already_has_leaves_the_declaration_current() -> None:
    world = ServiceWorld()
    account, job_id = await reviewing(world)
    [line] = [ln for ln in world.store.lines[job_id].values() if ln.row == 2]
    assert line.classification is not None and line.classification.chosen is not None
    await world.review(account, job_id, 2, line.classification.chosen.hs6)
    assert not (await world.results.job(account.id, job_id)).declaration_outdated


async def test_a_rebuild_that_does_not_validate_leaves_the_corrected_job_outdated() -> None:
    world = ServiceWorld()
    account, job_id = await reviewing(world)
    await world.review(account, job_id, 2, "847141")
    world.renderer.problems = [RowProblem(None, "header", "box 14 is wrong", Severity.ERROR)]
    outcome = await world.regenerate(account.id, job_id)
    assert outcome.problems
    job = await world.results.job(account.id, job_id)
    assert job.declaration_keys and job.declaration_outdated  # the earlier XML is kept, but not served
    with pytest.raises(DeclarationOutdated):
        await world.results.declaration(account.id, job_id)


async def test_a_changed_header_whose_rebuild_fails_leaves_the_declaration_outdated() -> None:
    world = ServiceWorld()
    account, job_id = await reviewing(world)
    change = ChangeJobHeader(world.results, world.uow, world.regenerate, world.activity, world.clock)
    world.renderer.problems = [RowProblem(None, "header", "box 2 is wrong", Severity.ERROR)]
    job = await change(account.id, job_id, lambda locked: replace(locked.header, exporter=Trader("Stroy Torg OOO")))
    assert job.declaration_outdated
    world.renderer.problems = []
    job = await change(account.id, job_id, lambda locked: replace(locked.header, exporter=Trader("Stroy Torg")))
    assert not job.declaration_outdated and job.has_declaration


async def test_a_header_changed_while_the_declaration_is_built_is_built_in_at_once() -> None:
    world = ServiceWorld()
    account, job_id = await reviewing(world)
    await world.review(account, job_id, 2, "847141")
    render = world.renderer.render

    def render_while_a_broker_changes_the_header(declaration: Declaration) -> bytes:
        stored = world.store.jobs[job_id]
        if stored.header is not None and stored.header.exporter.name != "Stroy Torg":
            stored.header = replace(stored.header, exporter=Trader("Stroy Torg"))  # saved while the job builds
        return render(declaration)

    world.renderer.render = render_while_a_broker_changes_the_header  # type: ignore[method-assign]
    await world.regenerate(account.id, job_id)
    job = await world.results.job(account.id, job_id)
    assert not job.declaration_outdated and job.has_declaration
    assert world.renderer.rendered[-1].header.exporter.name == "Stroy Torg"
