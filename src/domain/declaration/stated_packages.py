"""Box 6 as the broker states it in the header (`[packages] total`, counted at loading): it wins over the lines'
own counts, and the items' box 31 is made to add up to it, as Total_number_of_packages must."""

from collections.abc import Sequence

from domain.declaration.goods_item import GoodsItem
from domain.declaration.header import DeclarationHeader
from domain.goods.problems import RowProblem, Severity

STATED_TOTAL = "header: total_packages"


def declare_stated_packages(items: Sequence[GoodsItem], header: DeclarationHeader) -> list[RowProblem]:
    """Sets the items' packages to add up to the header's total, and warns where the lines counted otherwise.

    Lines counting fewer keep their counts, the rest going on the first item that counts none (else the first), as
    ASYCUDA exports declare one shipment's packages on one item; lines counting more cannot be kept: the total goes
    on the first item and the others keep 0, as where the lines count none (ADR 0036)."""
    total = header.total_packages
    counted = sum(item.packages for item in items)
    if not total or not items or counted == total:
        return []
    if counted < total:
        receiving = next((item for item in items if not item.packages), items[0])
        receiving.packages += total - counted
        placed = f"the lines' counts kept and the other {total - counted} on item {receiving.number}"
    else:
        for item in items:
            item.packages = 0
        items[0].packages = total
        placed = f"all on item {items[0].number} and 0 on the others"
    if not counted:
        return []
    reason = (
        f"box 6: the header states {total} packages but the lines count {counted}; the header's {total} declared, "
        f"{placed}: check which count is right before lodging"
    )
    return [RowProblem(None, STATED_TOTAL, reason, Severity.WARNING)]


def packages_stated_in_header(items: Sequence[GoodsItem], header: DeclarationHeader) -> bool:
    """Whether box 6 is the header's total: the items' 0 then needs no 'not stated' warning."""
    return bool(header.total_packages and items)
