"""Money shared out to the cent adds up exactly to what it was shared from, for any amounts, weights and rates."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from domain.declaration.allocation import CENT, converted, rounded_keeping_sum, shares, to_cents

cents = st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("1e9"), places=2, allow_nan=False)
prices = st.decimals(min_value=0, max_value=Decimal("1e8"), places=3, allow_nan=False)  # a line may carry mills
weights = st.lists(st.decimals(min_value=0, max_value=Decimal("1e6"), places=3, allow_nan=False), max_size=60)
rates = st.decimals(min_value=Decimal("0.000001"), max_value=Decimal("100000"), places=6, allow_nan=False)


@given(cents, weights)
def test_shares_add_up_to_the_amount_and_each_is_within_a_cent(amount: Decimal, by: list[Decimal]) -> None:
    shared = shares(amount, by)

    assert len(shared) == len(by)
    if by:
        assert sum(shared) == amount  # a deduction (a negative amount) shares out the same way
    total = sum(by, Decimal(0))
    for share, weight in zip(shared, by, strict=True):
        assert share == share.quantize(CENT)
        if total > 0:
            assert abs(share - amount * weight / total) < CENT
            assert weight or share == 0  # nothing for an item that weighs nothing


@given(st.lists(prices, max_size=60))
def test_amounts_round_to_cents_that_add_up_to_their_rounded_sum(amounts: list[Decimal]) -> None:
    rounded = rounded_keeping_sum(amounts)

    assert sum(rounded, Decimal(0)) == to_cents(sum(amounts, Decimal(0)))
    assert all(abs(cent - amount) < CENT for cent, amount in zip(rounded, amounts, strict=True))


@given(st.lists(prices, max_size=60), rates)
def test_converted_items_add_up_to_the_converted_total(amounts: list[Decimal], rate: Decimal) -> None:
    items = [to_cents(amount) for amount in amounts]
    total, national = converted(items, rate)

    assert total == to_cents(sum(items, Decimal(0)) * rate)  # the total is converted as the rule checks it
    assert sum(national, Decimal(0)) == total
    assert all(abs(share - to_cents(item * rate)) <= CENT for share, item in zip(national, items, strict=True))


def test_1250_dollars_of_freight_at_3_5_make_4375_manat_over_the_items() -> None:
    """The new-user trial: converted one by one, these eight shares made 4375.03 manat."""
    masses = [Decimal(m) for m in (140, 190, 65, 160, 35, 125, 95, 165)]
    freight = shares(Decimal("1250.00"), masses)
    assert sum(to_cents(share * Decimal("3.5")) for share in freight) == Decimal("4375.03")  # the drift

    total, national = converted(freight, Decimal("3.5"))

    assert (total, sum(national)) == (Decimal("4375.00"), Decimal("4375.00"))
