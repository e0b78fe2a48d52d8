"""Failed sign-ins are throttled per account and client address, per account anywhere and per client address; a
success forgets the pair's."""

import asyncio
from datetime import timedelta

import pytest

from adapters.sessions.in_memory_failures import InMemorySignInFailures
from application.accounts.errors import EmailTaken, InvalidCredentials, TooManySignIns
from application.accounts.sign_in import SignIn
from application.accounts.sign_in_throttle import SignInLimits, SignInThrottle
from application.ports.sign_in_failures import Failures
from tests.application.service_world import ServiceWorld

EMAIL, PASSWORD = "broker@example.com", "correct horse"


class _YieldingFailures(InMemorySignInFailures):
    """Lets other sign-ins run at every call, as a round trip to Redis does, so that guesses sent at once interleave."""

    async def add(self, key: str, window: int) -> int:
        await asyncio.sleep(0)
        return await super().add(key, window)

    async def count(self, key: str) -> Failures:
        await asyncio.sleep(0)
        return await super().count(key)


def _interleaving_sign_in(world: ServiceWorld) -> SignIn:
    throttle = SignInThrottle(_YieldingFailures(world.clock), SignInLimits())
    return SignIn(world.accounts, world.passwords, world.tokens, world.activity, world.clock, throttle)


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


async def test_a_success_forgets_the_pair_failures() -> None:
    world = ServiceWorld()
    await world.account(EMAIL)
    await _fail(world, 4)
    await world.sign_in(EMAIL, PASSWORD)
    await _fail(world, 4)
    await world.sign_in(EMAIL, PASSWORD)


async def test_a_strangers_failures_from_one_address_leave_the_owner_signing_in_from_another() -> None:
    world = ServiceWorld()
    await world.account(EMAIL)
    await _fail(world, 5, address="203.0.113.7")
    for _ in range(60):  # refused by the pair, so not counted against the account anywhere
        with pytest.raises(TooManySignIns):
            await world.sign_in(EMAIL, PASSWORD, "203.0.113.7")

    signed_in, _ = await world.sign_in(EMAIL, PASSWORD, "198.51.100.1")
    assert signed_in.email == EMAIL
    with pytest.raises(TooManySignIns):
        await world.sign_in(EMAIL, PASSWORD, "203.0.113.7")


async def test_fifty_failures_spread_over_many_addresses_lock_the_account_everywhere() -> None:
    world = ServiceWorld()
    await world.account(EMAIL)
    for n in range(10):
        await _fail(world, 5, address=f"203.0.113.{n}")

    for address in ("198.51.100.1", ""):
        with pytest.raises(TooManySignIns) as refused:
            await world.sign_in(EMAIL, PASSWORD, address)
        assert refused.value.retry_after == 15 * 60
    world.clock.advance(timedelta(minutes=15))
    signed_in, _ = await world.sign_in(EMAIL, PASSWORD, "198.51.100.1")
    assert signed_in.email == EMAIL


async def test_a_success_does_not_forget_the_account_failures_anywhere() -> None:
    world = ServiceWorld()
    await world.account(EMAIL)
    for n in range(9):
        await _fail(world, 5, address=f"203.0.113.{n}")
    await world.sign_in(EMAIL, PASSWORD, "198.51.100.1")  # counted before its password was read, then taken off: 45
    await _fail(world, 5, address="203.0.113.100")

    with pytest.raises(TooManySignIns):
        await world.sign_in(EMAIL, PASSWORD, "198.51.100.1")


async def test_signing_in_often_with_the_right_password_never_locks_the_account() -> None:
    world = ServiceWorld()
    await world.account(EMAIL)
    await _fail(world, 3, address="198.51.100.1")

    for _ in range(60):  # a script signing in before each upload
        signed_in, _ = await world.sign_in(EMAIL, PASSWORD, "198.51.100.1")
    assert signed_in.email == EMAIL


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
    sign_in = _interleaving_sign_in(world)
    answers = await asyncio.gather(*(sign_in(EMAIL, "wrong horse") for _ in range(20)), return_exceptions=True)

    assert sum(isinstance(answer, InvalidCredentials) for answer in answers) == 5
    assert sum(isinstance(answer, TooManySignIns) for answer in answers) == 15


async def test_guesses_sent_at_once_from_many_addresses_stop_at_the_account_limit_anywhere() -> None:
    world = ServiceWorld()
    await world.account(EMAIL)
    sign_in = _interleaving_sign_in(world)
    guesses = (sign_in(EMAIL, "wrong horse", f"10.0.0.{n}") for n in range(80))
    answers = await asyncio.gather(*guesses, return_exceptions=True)

    assert sum(isinstance(answer, InvalidCredentials) for answer in answers) == 50
    assert sum(isinstance(answer, TooManySignIns) for answer in answers) == 30
