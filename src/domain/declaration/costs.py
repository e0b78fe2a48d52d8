"""Freight and insurance to the border, shared out over the goods items as ASYCUDA apportions them: freight by
gross mass, insurance by invoice price, each to the cent and adding up exactly to the header's amount."""

from collections.abc import Sequence
from decimal import ROUND_DOWN, Decimal

from domain.declaration.goods_item import GoodsItem
from domain.declaration.header import DeclarationHeader
from domain.measures import ZERO

CENT = Decimal("0.01")


def apportion_costs(items: Sequence[GoodsItem], header: DeclarationHeader) -> None:
    """Sets each item's share of the header's external freight and insurance (all items, before the split into
    declarations of 999; the rules refuse items invoiced in another currency than the declaration's)."""
    masses = [item.gross_mass.kilograms for item in items]
    for item, share in zip(items, shares(header.external_freight, masses), strict=True):
        item.external_freight = share
    for item, share in zip(items, shares(header.insurance, [item.price.amount for item in items]), strict=True):
        item.insurance = share


def shares(amount: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """`amount` split in proportion to `weights`, in cents that add up to it (the largest remainders get the
    cents rounding left over); equal shares when every weight is zero."""
    if not weights:
        return []
    total = sum(weights, ZERO)
    weights = weights if total > 0 else [Decimal(1)] * len(weights)
    total = total if total > 0 else Decimal(len(weights))
    exact = [amount * weight / total for weight in weights]
    floored = [value.quantize(CENT, rounding=ROUND_DOWN) for value in exact]
    left = int((amount.quantize(CENT) - sum(floored, ZERO)) / CENT)
    by_remainder = sorted(range(len(exact)), key=lambda i: exact[i] - floored[i], reverse=True)
    for index in by_remainder[:left]:
        floored[index] += CENT
    return floored
