import asyncio
import csv
import io
from dataclasses import replace

import pytest

from application.review.errors import (
    DeclarationNotReady,
    JobNotFound,
    LineNotFound,
    NotReviewable,
    UnknownCommodityCode,
)
from domain.classification.candidate import Source
from domain.goods.problems import Severity
from domain.processing.job import JobStatus
from tests.application.service_world import ServiceWorld


async def completed(world: ServiceWorld) -> tuple[str, str]:
    account = await world.account()
    job_id = await world.upload(account)
    await world.work()
    assert world.store.jobs[job_id].status is JobStatus.COMPLETED
    return account.id, job_id


async def review_first_line(code: str) -> None:
    """The owner of a completed job corrects its first line to `code`."""
    world = ServiceWorld()
    account_id, job_id = await completed(world)
    account = await world.accounts.get(account_id)
    assert account is not None
    await world.review(account, job_id, 1, code)


async def test_another_accounts_job_is_not_found() -> None:
    world = ServiceWorld()
    _, job_id = await completed(world)
    stranger = await world.account("stranger@example.com")
    with pytest.raises(JobNotFound):
        await world.results.job(stranger.id, job_id)
    with pytest.raises(JobNotFound):
        await world.results.declaration(stranger.id, job_id)
    with pytest.raises(JobNotFound):
        await world.results.lines(stranger.id, job_id, 1, 10)


async def test_downloads_are_logged_and_only_existing_parts_served() -> None:
    world = ServiceWorld()
    account_id, job_id = await completed(world)
    name, xml = await world.results.declaration(account_id, job_id)
    assert name == "invoice-declaration-1.xml" and xml.startswith(b"<ASYCUDA")
    with pytest.raises(DeclarationNotReady):
        await world.results.declaration(account_id, job_id, part=2)
    name, report = await world.results.report(account_id, job_id)
    assert name == "invoice-report.csv" and report.startswith(b"\xef\xbb\xbfrow,")
    await world.results.report(account_id, job_id, workbook=True)
    downloads = await world.activity.recent(account_id, "download")
    files = sorted(activity.details["file"] for activity in downloads)
    assert files == [f"jobs/{job_id}/declaration-1.xml", f"jobs/{job_id}/report.csv", f"jobs/{job_id}/report.xlsx"]


async def test_a_reviewed_code_changes_every_row_of_that_product_and_is_remembered() -> None:
    world = ServiceWorld()
    account_id, job_id = await completed(world)
    account = await world.accounts.get(account_id)
    assert account is not None
    changed = await world.review(account, job_id, 1, "0902.10")
    assert [ln.row for ln in changed] == [1, 3]  # row 3 repeats row 1's description
    for job_line in changed:
        assert job_line.classification is not None and job_line.classification.source is Source.REVIEW
        assert job_line.classification.chosen is not None and job_line.classification.chosen.hs6 == "090210"
    recalled = await world.memory.recall(account_id, ["tea green 100 g"])
    assert recalled["tea green 100 g"].candidates[0].hs6 == "090210"


async def test_regenerating_after_review_uses_the_new_code_and_charges_nothing_more() -> None:
    world = ServiceWorld()
    account_id, job_id = await completed(world)
    account = await world.accounts.get(account_id)
    assert account is not None
    balance = await world.ledger.balance(account_id)
    await world.review(account, job_id, 2, "847141")
    outcome = await world.regenerate(account_id, job_id)
    assert outcome.problems == []
    codes = [str(item.commodity_code) for item in world.renderer.rendered[-1].items]
    assert "847141000" in codes
    assert await world.ledger.balance(account_id) == balance
    assert world.store.jobs[job_id].status is JobStatus.COMPLETED


async def test_builds_started_together_after_a_review_all_end_and_the_job_is_completed_once() -> None:
    """A hostile trial's five parallel POSTs of .../declaration answered 500 twice (COMPLETED -> COMPLETED)."""
    world = ServiceWorld()
    account_id, job_id = await completed(world)
    account = await world.accounts.get(account_id)
    assert account is not None
    await world.review(account, job_id, 2, "847141")
    outcomes = await asyncio.gather(*(world.generate(job_id) for _ in range(3)))  # as the step: past the API's check
    assert [outcome.problems for outcome in outcomes] == [[], [], []]
    job = world.store.jobs[job_id]
    assert (job.status, job.declaration_outdated) == (JobStatus.COMPLETED, False)


async def test_a_typed_national_line_under_a_subheading_the_tariff_does_not_cover_stays_unverified() -> None:
    """Like the engine's HS-6 + 000: the declaration marks it not verified (the tariff divides only 090210)."""
    world = ServiceWorld()
    account_id, job_id = await completed(world)
    account = await world.accounts.get(account_id)
    assert account is not None
    [changed] = await world.review(account, job_id, 2, "8471 41 000")
    assert changed.classification is not None and changed.classification.chosen is not None
    assert changed.classification.chosen.national_code == "847141000"  # as typed, and remembered so
    assert changed.classification.notes == [
        "the imported tariff of TM has no national line under 847141, so 847141000 cannot be verified: it is "
        "declared as 847141000, national subdivision not verified"
    ]
    await world.review(account, job_id, 1, "0902 10 900")
    outcome = await world.regenerate(account_id, job_id)
    codes = {str(item.commodity_code): item.commodity_code.verified for item in world.renderer.rendered[-1].items}
    assert (codes["847141000"], codes["090210900"]) == (False, True)
    assert outcome.unverified_lines == 2  # the laptop and row 4's black tea, still the engine's undivided codes
    with pytest.raises(UnknownCommodityCode, match=r"^090210555 is not a national tariff line of TM under 090210"):
        await world.review(account, job_id, 1, "0902 10 555")


@pytest.mark.parametrize("code", ["99", "123456", "0902100001"])
async def test_a_code_that_is_not_in_the_nomenclature_is_refused(code: str) -> None:
    with pytest.raises(UnknownCommodityCode):
        await review_first_line(code)


@pytest.mark.parametrize("code", ["abc", "8471a30", " abc "])
async def test_a_refused_code_is_quoted_as_the_broker_typed_it(code: str) -> None:
    with pytest.raises(UnknownCommodityCode, match=f"^'{code.strip()}' is neither an HS-6 subheading"):
        await review_first_line(code)


async def test_only_existing_rows_of_completed_jobs_are_reviewed() -> None:
    world = ServiceWorld(trial_credits=4)
    account = await world.account()
    job_id = await world.waiting_job(account)
    with pytest.raises(NotReviewable):
        await world.review(account, job_id, 1, "090210")
    await world.grant(account.id, 10, "admin-1")
    await world.work()
    with pytest.raises(LineNotFound):
        await world.review(account, job_id, 99, "090210")


async def test_the_report_after_a_correction_keeps_the_code_proposed_before_it() -> None:
    world = ServiceWorld()
    account_id, job_id = await completed(world)
    account = await world.accounts.get(account_id)
    assert account is not None
    [before] = [ln for ln in world.store.lines[job_id].values() if ln.row == 2]
    assert before.classification is not None and before.classification.chosen is not None
    proposed = before.classification.chosen.national_code or before.classification.chosen.hs6
    await world.review(account, job_id, 2, "847141")
    await world.regenerate(account_id, job_id)
    _, report = await world.results.report(account_id, job_id)
    rows = {row["row"]: row for row in csv.DictReader(io.StringIO(report.decode("utf-8-sig")))}
    assert rows["2"]["commodity_code"] == "847141000"
    assert rows["2"]["proposed_code"] == proposed != "847141000"
    assert rows["1"]["proposed_code"] == rows["1"]["commodity_code"]  # not corrected: as it stands


async def test_a_declaration_built_while_lines_need_review_warns_with_their_count_and_rows() -> None:
    world = ServiceWorld()
    account_id, job_id = await completed(world)
    assert not any("need review" in p.reason for p in world.store.jobs[job_id].problems)
    for row in (2, 4):
        stored = world.store.lines[job_id][row]
        assert stored.classification is not None
        stored.classification = replace(stored.classification, needs_review=True)
    await world.regenerate(account_id, job_id)
    job = world.store.jobs[job_id]
    warned = [p for p in job.problems if "need review" in p.reason]
    assert [(p.row, p.severity, p.reason.split(":")[0]) for p in warned] == [
        (None, Severity.WARNING, "2 lines still need review (rows 2 and 4)")
    ]
    assert job.declaration_keys  # the XML is there, and the warning beside it
