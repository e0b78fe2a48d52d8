"""A new password ends every session signed in with the old one; the broker who changed it stays signed in with
the new token, and API keys work on. An administrator sets one for a forgotten password the same way."""

import jwt
import pytest

from application.accounts.errors import (
    InvalidCredentials,
    NotAuthenticated,
    TooManySignIns,
    WeakPassword,
    WrongPassword,
)
from application.errors import NotFound
from tests.application.service_world import ServiceWorld

EMAIL, PASSWORD, NEW = "broker@example.com", "correct horse", "battery staple"


async def test_a_new_password_ends_the_old_sessions_and_the_new_token_works() -> None:
    world = ServiceWorld()
    account = await world.account(EMAIL)
    _, here = await world.sign_in(EMAIL, PASSWORD)
    _, elsewhere = await world.sign_in(EMAIL, PASSWORD)
    _, api_key = await world.issue_api_key(account.id, "nightly import")

    renewed = await world.change_password(await world.authenticate(here), PASSWORD, NEW)

    for old in (here, elsewhere):
        with pytest.raises(NotAuthenticated):
            await world.authenticate(old)
    assert (await world.authenticate(renewed)).id == account.id
    assert (await world.authenticate(api_key)).id == account.id
    with pytest.raises(InvalidCredentials):
        await world.sign_in(EMAIL, PASSWORD)
    assert (await world.sign_in(EMAIL, NEW))[0].id == account.id
    changes = await world.activity.recent(account_id=account.id, action="password-change")
    assert [(entry.account_id, entry.subject) for entry in changes] == [(account.id, account.id)]


async def test_a_wrong_current_password_or_a_short_new_one_changes_nothing() -> None:
    world = ServiceWorld()
    await world.account(EMAIL)
    account, token = await world.sign_in(EMAIL, PASSWORD)
    with pytest.raises(WrongPassword):
        await world.change_password(account, "not it at all", NEW)
    with pytest.raises(WeakPassword):
        await world.change_password(account, PASSWORD, "short")
    assert (await world.authenticate(token)).id == account.id
    assert (await world.sign_in(EMAIL, PASSWORD))[0].id == account.id


async def test_guessing_the_current_password_is_throttled_as_sign_ins_are() -> None:
    world = ServiceWorld()
    await world.account(EMAIL)
    account, _ = await world.sign_in(EMAIL, PASSWORD)
    for _ in range(5):
        with pytest.raises(WrongPassword):
            await world.change_password(account, "a guess 123", NEW, "10.0.0.9")
    with pytest.raises(TooManySignIns):
        await world.change_password(account, PASSWORD, NEW, "10.0.0.9")


async def test_an_administrator_sets_a_forgotten_password_and_the_old_sessions_end() -> None:
    world = ServiceWorld()
    account = await world.account(EMAIL)
    _, token = await world.sign_in(EMAIL, PASSWORD)
    assert (await world.reset_password(" Broker@Example.com ", NEW)).id == account.id
    with pytest.raises(NotAuthenticated):
        await world.authenticate(token)
    assert (await world.sign_in(EMAIL, NEW))[0].id == account.id
    with pytest.raises(NotFound):
        await world.reset_password("nobody@example.com", NEW)


async def test_a_token_without_the_password_stamp_is_refused() -> None:
    world = ServiceWorld()
    await world.account(EMAIL)
    _, token = await world.sign_in(EMAIL, PASSWORD)
    claims = jwt.decode(token, options={"verify_signature": False})
    account = await world.accounts.by_email(EMAIL)
    assert account is not None and claims["pwd"] == account.password_stamp != account.password_hash
    del claims["pwd"]
    with pytest.raises(NotAuthenticated):
        await world.authenticate(jwt.encode(claims, world.tokens._secret, algorithm="HS256"))
