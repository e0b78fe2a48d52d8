"""A declaration as its XML says it, read back for the broker to check before lodging: the boxes a broker compares
with the invoice (parties, office, terms, totals) and each goods item's. Figures stay the decimal text the XML
holds; a box the XML leaves out is None."""

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class BuiltItem:
    number: int  # box 32, in this part
    commodity_code: str  # box 33, the national tariff line as declared
    description: str  # box 31, the goods as the supplier's list describes them
    tariff_text: str | None
    origin: str | None  # box 34
    packages: str | None  # box 31
    package_kind: str | None
    gross_mass: str | None  # box 35, kg
    net_mass: str | None  # box 38, kg
    supplementary: list[tuple[str, str]] = field(default_factory=list)  # box 41: (unit code, quantity)
    amount: str | None = None  # box 42, in the invoice currency
    statistical_value: str | None = None  # box 46, in the national currency


@dataclass(frozen=True, slots=True)
class BuiltDeclaration:
    part: int
    parts: int
    boxes: dict[str, str]  # header boxes by name (customs_office, consignee_name, incoterm, ...), those present
    items: list[BuiltItem]
