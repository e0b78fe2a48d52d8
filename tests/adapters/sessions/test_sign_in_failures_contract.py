"""What every SignInFailures adapter must count, checked on the twin and on real Redis alike."""

from datetime import timedelta

from adapters.clock.fixed import FixedClock
from application.ports.sign_in_failures import Failures, SignInFailures

WINDOW = 15 * 60


async def test_nothing_failed_counts_nothing(failures: SignInFailures) -> None:
    assert await failures.count("account:a") == Failures(0, 0)


async def test_failures_count_per_key_from_the_first_one(failures: SignInFailures, clock: FixedClock) -> None:
    assert await failures.add("account:a", WINDOW) == 1
    clock.advance(timedelta(minutes=5))
    assert await failures.add("account:a", WINDOW) == 2
    assert await failures.add("address:10.0.0.1", WINDOW) == 1

    assert await failures.count("account:a") == Failures(2, 10 * 60)
    assert await failures.count("address:10.0.0.1") == Failures(1, WINDOW)


async def test_the_count_is_forgotten_whole_when_its_window_ends(failures: SignInFailures, clock: FixedClock) -> None:
    for _ in range(3):
        await failures.add("account:a", WINDOW)
    clock.advance(timedelta(seconds=WINDOW - 1))
    assert await failures.count("account:a") == Failures(3, 1)

    clock.advance(timedelta(seconds=1))
    assert await failures.count("account:a") == Failures(0, 0)
    await failures.add("account:a", WINDOW)
    assert await failures.count("account:a") == Failures(1, WINDOW)


async def test_clearing_forgets_one_key_only(failures: SignInFailures) -> None:
    await failures.add("account:a", WINDOW)
    await failures.add("account:b", WINDOW)
    await failures.clear("account:a")
    await failures.clear("account:never")

    assert await failures.count("account:a") == Failures(0, 0)
    assert (await failures.count("account:b")).count == 1


async def test_forgiving_takes_one_off_and_never_goes_below_none(failures: SignInFailures) -> None:
    await failures.add("account:a", WINDOW)
    await failures.add("account:a", WINDOW)
    await failures.forgive("account:a")
    await failures.forgive("account:never")

    assert await failures.count("account:a") == Failures(1, WINDOW)
    await failures.forgive("account:a")
    await failures.forgive("account:a")
    assert (await failures.count("account:a")).count == 0
    assert await failures.add("account:a", WINDOW) == 1
