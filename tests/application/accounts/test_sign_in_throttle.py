"""Failed sign-ins are throttled per account and per client address; a success forgets the account's."""

import asyncio
from datetime import timedelta

import pytest

from application.accounts.errors import EmailTaken, InvalidCredentials, TooManySignIns
from tests.application.service_world import ServiceWorld

EMAIL, PASSWORD = "broker@example.com", "correct horse"


async def _fail(world: ServiceWorld, times: int, email: str = EMAIL, address: str = "") -> None:
    for _ in range(times):
        with pytest.raises(InvalidCredentials):
            await world.sign_in(email, "wrong horse", address)


async def test_after_five_failures_even_the_right_password_waits_out_the_window() -> None:
    world = ServiceWorld()
    await world.account(EMAIL)
    await _fail(world, 5)
    world.clock.advance(timedelta(minutes=5))

    with pytest.raises(TooManySignIns) as refused:
        await world.sign_in(" Broker@Example.com", PASSWORD)
    assert (refused.value.retry_after, refused.value.minutes) == (10 * 60, 10)

    world.clock.advance(timedelta(minutes=10))
    signed_in, _ = await world.sign_in(EMAIL, PASSWORD)
    assert signed_in.email == EMAIL


async def test_a_success_forgets_the_account_failures() -> None:
    world = ServiceWorld()
    await world.account(EMAIL)
    await _fail(world, 4)
    await world.sign_in(EMAIL, PASSWORD)
    await _fail(world, 4)
    await world.sign_in(EMAIL, PASSWORD)


async def test_an_unknown_email_is_throttled_as_a_known_one() -> None:
    world = ServiceWorld()
    await _fail(world, 5, "nobody@example.com")
    with pytest.raises(TooManySignIns):
        await world.sign_in("nobody@example.com", "wrong horse")


async def test_one_address_trying_many_accounts_is_throttled_and_others_are_not() -> None:
    world = ServiceWorld()
    await world.account(EMAIL)
    for n in range(30):
        await _fail(world, 1, f"guess{n}@example.com", "203.0.113.7")

    with pytest.raises(TooManySignIns):
        await world.sign_in(EMAIL, PASSWORD, "203.0.113.7")
    signed_in, _ = await world.sign_in(EMAIL, PASSWORD, "198.51.100.1")
    assert signed_in.email == EMAIL


async def test_an_address_asking_about_many_registered_emails_is_throttled() -> None:
    world = ServiceWorld()
    for n in range(30):
        await world.account(f"broker{n}@example.com")
    for n in range(30):
        with pytest.raises(EmailTaken):
            await world.register(f"broker{n}@example.com", PASSWORD, address="203.0.113.7")

    with pytest.raises(TooManySignIns):
        await world.register("broker0@example.com", PASSWORD, address="203.0.113.7")
    with pytest.raises(EmailTaken):
        await world.register("broker0@example.com", PASSWORD, address="198.51.100.1")


async def test_guesses_sent_at_once_are_counted_before_any_password_is_read() -> None:
    world = ServiceWorld()
    await world.account(EMAIL)
    answers = await asyncio.gather(*(world.sign_in(EMAIL, "wrong horse") for _ in range(20)), return_exceptions=True)

    assert sum(isinstance(answer, InvalidCredentials) for answer in answers) == 5
    assert sum(isinstance(answer, TooManySignIns) for answer in answers) == 15
