from datetime import timedelta

import pytest

from application.accounts.administrators import CreateAdministrator
from application.accounts.errors import EmailTaken, InvalidCredentials, InvalidEmail, NotAuthenticated, WeakPassword
from domain.accounts.account import Role
from domain.billing.ledger import EntryKind
from tests.application.service_world import ServiceWorld


async def test_a_new_account_gets_the_trial_credits_once() -> None:
    world = ServiceWorld(trial_credits=25)
    account = await world.register("  Broker@Example.COM ", "correct horse")
    assert account.email == "broker@example.com" and account.role is Role.USER
    assert await world.ledger.balance(account.id) == 25
    assert [e.kind for e in await world.ledger.entries(account.id)] == [EntryKind.GRANT]
    assert [a.action for a in await world.activity.recent(account.id)] == ["register"]


async def test_the_password_is_never_stored_as_given() -> None:
    world = ServiceWorld()
    account = await world.account()
    assert account.password_hash != "correct horse"


@pytest.mark.parametrize(
    ("email", "password", "error"),
    [("not-an-email", "correct horse", InvalidEmail), ("a@b.co", "short", WeakPassword)],
)
async def test_bad_sign_up_details_are_refused(email: str, password: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        await ServiceWorld().register(email, password)


async def test_an_email_registers_once_whatever_its_case() -> None:
    world = ServiceWorld()
    await world.account("broker@example.com")
    with pytest.raises(EmailTaken):
        await world.register("BROKER@example.com", "another password")


async def test_sign_in_gives_a_token_that_names_the_account() -> None:
    world = ServiceWorld()
    account = await world.account()
    signed_in, token = await world.sign_in("broker@example.com", "correct horse")
    assert signed_in.id == account.id
    assert (await world.authenticate(token)).id == account.id
    assert (await world.activity.recent(account.id, "sign-in"))[0].subject == account.id


async def test_a_wrong_password_is_refused_and_logged() -> None:
    world = ServiceWorld()
    account = await world.account()
    with pytest.raises(InvalidCredentials):
        await world.sign_in("broker@example.com", "wrong horse")
    with pytest.raises(InvalidCredentials):
        await world.sign_in("nobody@example.com", "correct horse")
    assert len(await world.activity.recent(account.id, "sign-in-failed")) == 1


async def test_a_token_stops_working_when_it_expires() -> None:
    world = ServiceWorld()
    await world.account()
    _, token = await world.sign_in("broker@example.com", "correct horse")
    world.clock.advance(timedelta(hours=13))
    with pytest.raises(NotAuthenticated):
        await world.authenticate(token)


async def test_an_api_key_authenticates_and_only_its_hash_is_kept() -> None:
    world = ServiceWorld()
    account = await world.account()
    key, secret = await world.issue_api_key(account.id, "nightly import")
    assert secret.startswith("gk_") and secret not in key.key_hash
    assert (await world.authenticate(secret)).id == account.id
    with pytest.raises(NotAuthenticated):
        await world.authenticate(secret + "x")


async def test_forged_or_empty_tokens_are_refused() -> None:
    world = ServiceWorld()
    for token in ("", "garbage", "eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl"):
        with pytest.raises(NotAuthenticated):
            await world.authenticate(token)


async def test_create_administrator_makes_a_new_admin_or_promotes_an_account() -> None:
    world = ServiceWorld()
    create = CreateAdministrator(world.register, world.accounts, world.passwords, world.activity, world.clock)
    admin, created = await create("admin@example.com", "admin password")
    assert created and admin.role is Role.ADMIN
    user = await world.account("user@example.com")
    promoted, created = await create("user@example.com", "new password")
    assert not created and promoted.id == user.id and promoted.role is Role.ADMIN
    assert (await world.sign_in("user@example.com", "new password"))[0].role is Role.ADMIN


async def test_an_email_with_a_control_character_is_no_email_and_a_full_width_one_is_the_same_mailbox() -> None:
    """A hostile trial: 'p@t.com\\x00' was a 500 on PostgreSQL and a second account on SQLite, as was 'ａ@t.com'."""
    world = ServiceWorld()
    await world.account("a@t.com")
    for odd in ("p@t.com\x00", "p\x07@t.com", "p@t\x7f.com"):
        with pytest.raises(InvalidEmail):
            await world.register(odd, "correct horse")
        with pytest.raises(InvalidCredentials):
            await world.sign_in(odd, "correct horse")
    with pytest.raises(EmailTaken):
        await world.register("ａ@ｔ.com", "correct horse")
    assert (await world.sign_in("Ａ@t.com", "correct horse"))[0].email == "a@t.com"
