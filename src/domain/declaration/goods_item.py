"""A goods item (SAD boxes 31-47): invoice lines that share a tariff line, origin and procedure."""

from dataclasses import dataclass, field
from decimal import Decimal

from domain.classification.commodity_code import CommodityCode
from domain.declaration.descriptions import commercial_description
from domain.measures import ZERO, Mass, Money, Quantity


@dataclass(frozen=True, slots=True)
class ItemKey:
    """Lines with equal keys form one goods item."""

    commodity_code: str
    origin: str
    preference: str | None
    procedure: str
    currency: str  # amounts in different currencies are never added up
    supplementary_unit: str | None  # box 41's (supplementary.box_41_unit): pieces and cartons are never added up


@dataclass(slots=True)
class GoodsItem:
    number: int
    commodity_code: CommodityCode
    origin: str
    procedure: str  # extended customs procedure, 4 digits
    national_procedure: str
    tariff_description: str
    commercial_descriptions: list[str]
    gross_mass: Mass
    net_mass: Mass
    price: Money
    packages: int
    package_kind: str
    supplementary: Quantity | None = None
    preference: str | None = None
    line_rows: list[int] = field(default_factory=list)  # the invoice rows merged into this item
    external_freight: Decimal = ZERO  # this item's share of the header's freight and insurance (costs.py)
    insurance: Decimal = ZERO

    @property
    def commercial_description(self) -> str:
        """The lines' distinct descriptions, within the 2000 characters box 31 holds."""
        return commercial_description(self.commercial_descriptions)

    @property
    def statistical_value(self) -> Decimal:
        """Box 46: the value at the border of entry, the price with freight and insurance to it."""
        return self.price.amount + self.external_freight + self.insurance
