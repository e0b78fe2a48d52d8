"""Money split over goods items to the cent, so that the items' amounts add up exactly to the total written
above them: each amount goes down to the cent and the cents left over go, one each, to the largest remainders
(the largest-remainder method). Used for the shares of freight and insurance, for item prices that carry more
decimals than a cent, and for every amount converted to the national currency."""

from collections.abc import Sequence
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def to_cents(amount: Decimal) -> Decimal:
    """An amount rounded to the cent, half up, as ASYCUDA rounds money."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def allocated(total: Decimal, exact: Sequence[Decimal]) -> list[Decimal]:
    """`exact` in cents that add up to `total`: floored, then one cent more to each of the largest remainders
    (ties to the first). `total` is a sum of `exact` rounded to the cent, so the cents left over are at least none
    and at most one per amount."""
    floored = [value.quantize(CENT, rounding=ROUND_FLOOR) for value in exact]
    left = int((to_cents(total) - sum(floored, Decimal(0))) / CENT)
    if not 0 <= left <= len(exact):
        raise ValueError(f"{total} is not the sum of {len(exact)} amounts that add up to {sum(exact, Decimal(0))}")
    by_remainder = sorted(range(len(exact)), key=lambda i: exact[i] - floored[i], reverse=True)
    for index in by_remainder[:left]:
        floored[index] += CENT
    return floored


def rounded_keeping_sum(amounts: Sequence[Decimal]) -> list[Decimal]:
    """Each amount to the cent such that they add up to their sum rounded to the cent."""
    return allocated(to_cents(sum(amounts, Decimal(0))), amounts)


def shares(amount: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """`amount` split in proportion to `weights`, in cents that add up to it rounded to the cent; equal shares
    when the weights add up to zero or less."""
    if not weights:
        return []
    total = sum(weights, Decimal(0))
    if total <= 0:
        weights, total = [Decimal(1)] * len(weights), Decimal(len(weights))
    return allocated(to_cents(amount), [amount * weight / total for weight in weights])


def converted(amounts: Sequence[Decimal], rate: Decimal) -> tuple[Decimal, list[Decimal]]:
    """Amounts in cents of a foreign currency as national currency at `rate`: the total, their sum converted
    and rounded to the cent, and each amount converted and rounded so that they add up to that total exactly
    (each within a cent of its own amount x rate)."""
    cents = [to_cents(amount) for amount in amounts]
    total = to_cents(sum(cents, Decimal(0)) * rate)
    return total, allocated(total, [amount * rate for amount in cents])
