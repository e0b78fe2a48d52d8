import pytest

from application.billing.errors import CreditsShort, InvalidGrant, PurchaseNotFound, UnknownPackage
from application.billing.packages import CREDIT_PACKAGES
from application.billing.waiting_for_credits import WaitingForCredits
from application.errors import NotFound
from domain.billing.ledger import EntryKind
from domain.goods.problems import RowProblem
from domain.processing.job import JobStatus
from tests.application.service_world import ServiceWorld, invoice


async def test_a_purchase_waits_for_approval_and_adds_credits_once() -> None:
    world = ServiceWorld(trial_credits=0)
    account = await world.account()
    purchase = await world.purchase(account.id, "starter")
    assert purchase.status == "pending" and await world.ledger.balance(account.id) == 0
    assert [p.id for p in await world.purchases.pending()] == [purchase.id]
    await world.approve(purchase.id, "admin-1")
    await world.approve(purchase.id, "admin-1")
    assert await world.ledger.balance(account.id) == purchase.credits
    assert [e.kind for e in await world.ledger.entries(account.id)] == [EntryKind.PURCHASE]
    assert await world.purchases.pending() == []
    assert len(await world.activity.recent(action="admin-approve-purchase")) == 1


async def test_unknown_packages_and_purchases_are_not_found() -> None:
    world = ServiceWorld()
    account = await world.account()
    with pytest.raises(UnknownPackage):
        await world.purchase(account.id, "platinum")
    with pytest.raises(PurchaseNotFound):
        await world.approve("no-such-purchase", "admin-1")


@pytest.mark.parametrize("credits", [0, -5, 10_000_001])
async def test_a_grant_is_a_positive_bounded_amount(credits: int) -> None:
    world = ServiceWorld()
    account = await world.account()
    with pytest.raises(InvalidGrant):
        await world.grant(account.id, credits, "admin-1")


async def test_a_grant_to_nobody_is_not_found() -> None:
    with pytest.raises(NotFound):
        await ServiceWorld().grant("nobody", 5, "admin-1")


async def test_an_upload_with_no_credits_is_refused_before_anything_is_stored() -> None:
    world = ServiceWorld(trial_credits=0)
    account = await world.account()
    with pytest.raises(CreditsShort) as refused:
        await world.upload(account)
    assert (refused.value.balance, refused.value.required) == (0, 1)
    assert [p.id for p in refused.value.options] == ["starter", "broker", "agency"]
    assert world.store.jobs == {} and world.storage.files == {}


async def test_an_upload_the_balance_cannot_pay_for_is_refused_with_what_it_needs() -> None:
    world = ServiceWorld(trial_credits=2)  # the invoice has 3 distinct descriptions
    account = await world.account()
    with pytest.raises(CreditsShort) as refused:
        await world.upload(account)
    assert (refused.value.balance, refused.value.required) == (2, 3)
    assert (
        str(refused.value) == "3 credit(s) needed to classify the 3 distinct line(s) of invoice.csv; the balance is 2"
    )
    assert [p.id for p in refused.value.options] == ["starter", "broker", "agency"]
    assert world.store.jobs == {} and world.storage.files == {}


async def test_a_file_with_errors_is_accepted_however_short_the_balance_and_costs_nothing() -> None:
    wrong = invoice()
    wrong.lines[1].problems.append(RowProblem(2, "Amount", "'12,3,4' is not a number"))
    world = ServiceWorld(listing=wrong, trial_credits=1)
    account = await world.account()
    job_id = await world.upload(account)
    await world.work()
    assert world.store.jobs[job_id].status is JobStatus.FAILED
    assert await world.ledger.balance(account.id) == 1


async def test_a_waiting_job_says_what_it_needs_and_resumes_when_an_admin_grants_credits() -> None:
    world = ServiceWorld(trial_credits=4)
    account = await world.account()
    job_id = await world.waiting_job(account)
    wait = await WaitingForCredits(world.ledger, CREDIT_PACKAGES)(world.store.jobs[job_id])
    assert wait is not None and (wait.needed, wait.balance) == (3, 1)
    assert wait.message.startswith("3 credit(s) needed to classify the 3 distinct line(s) of this file; the balance")
    assert [p.id for p in wait.options] == ["starter", "broker", "agency"]
    _, resumed = await world.grant(account.id, 5, "admin-1")
    assert resumed == [job_id]
    await world.work()
    assert world.store.jobs[job_id].status is JobStatus.COMPLETED
    assert await WaitingForCredits(world.ledger, CREDIT_PACKAGES)(world.store.jobs[job_id]) is None
    assert await world.ledger.balance(account.id) == 4 + 5 - 3 - 3


async def test_a_waiting_job_resumes_once_when_a_purchase_is_approved_twice_and_credits_granted() -> None:
    world = ServiceWorld(trial_credits=4)
    account = await world.account()
    job_id = await world.waiting_job(account)
    purchase = await world.purchase(account.id, "starter")
    await world.work()
    assert world.store.jobs[job_id].status is JobStatus.AWAITING_CREDITS
    await world.approve(purchase.id, "admin-1")
    await world.approve(purchase.id, "admin-1")
    await world.grant(account.id, 5, "admin-1")
    await world.work()
    assert world.store.jobs[job_id].status is JobStatus.COMPLETED
    reservations = [
        e for e in await world.ledger.entries(account.id) if e.job_id == job_id and e.kind is EntryKind.RESERVE
    ]
    assert len(reservations) == 1
    assert await world.ledger.balance(account.id) == 4 + purchase.credits + 5 - 3 - 3
