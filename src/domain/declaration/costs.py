"""Freight and insurance to the border, shared out over the goods items as ASYCUDA apportions them: freight by
gross mass, insurance by invoice price, each to the cent and adding up exactly to the header's amount."""

from collections.abc import Sequence

from domain.declaration.allocation import shares
from domain.declaration.goods_item import GoodsItem
from domain.declaration.header import DeclarationHeader


def apportion_costs(items: Sequence[GoodsItem], header: DeclarationHeader) -> None:
    """Sets each item's share of the header's external freight and insurance (all items, before the split into
    declarations of 999; the rules refuse items invoiced in another currency than the declaration's)."""
    masses = [item.gross_mass.kilograms for item in items]
    for item, share in zip(items, shares(header.external_freight, masses), strict=True):
        item.external_freight = share
    for item, share in zip(items, shares(header.insurance, [item.price.amount for item in items]), strict=True):
        item.insurance = share
