"""The goods declaration: the header boxes and its numbered goods items."""

from dataclasses import dataclass
from decimal import Decimal

from domain.declaration.goods_item import GoodsItem
from domain.declaration.header import DeclarationHeader
from domain.measures import ZERO

MAX_ITEMS = 999
ITEMS_PER_CONTINUATION_FORM = 3


@dataclass(slots=True)
class Declaration:
    """The money totals are not summed here: a country's writer shares them out to the cent, so that they add up
    (e.g. `adapters.declaration.countries.tm.valuation`)."""

    header: DeclarationHeader
    items: list[GoodsItem]
    part_number: int = 1  # the n of "declaration-n.xml" when a list needs more than 999 items
    parts_total: int = 1

    @property
    def forms(self) -> int:
        """The SAD forms it fills: the main form holds the first goods item, each continuation form three more."""
        continued = max(len(self.items) - 1, 0)
        return 1 + -(-continued // ITEMS_PER_CONTINUATION_FORM)

    @property
    def gross_mass(self) -> Decimal:
        return sum((item.gross_mass.kilograms for item in self.items), ZERO)

    @property
    def net_mass(self) -> Decimal:
        return sum((item.net_mass.kilograms for item in self.items), ZERO)

    @property
    def packages(self) -> int:
        return sum(item.packages for item in self.items)
