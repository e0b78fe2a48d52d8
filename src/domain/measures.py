"""Money, mass and quantity: the value objects every goods line and item is measured in."""

from dataclasses import dataclass
from decimal import Decimal

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal
    currency: str  # ISO 4217 alpha-3

    def __add__(self, other: "Money") -> "Money":
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.amount + other.amount, self.currency)


@dataclass(frozen=True, slots=True)
class Mass:
    kilograms: Decimal

    def __add__(self, other: "Mass") -> "Mass":
        return Mass(self.kilograms + other.kilograms)


@dataclass(frozen=True, slots=True)
class Quantity:
    amount: Decimal
    unit: str  # UN/ECE Recommendation 20 code: H87 piece, KGM, LTR, PR, MTR, ...

    def __add__(self, other: "Quantity") -> "Quantity":
        if other.unit != self.unit:
            raise ValueError(f"cannot add {other.unit} to {self.unit}")
        return Quantity(self.amount + other.amount, self.unit)

    def in_base_unit(self) -> "Quantity":
        """The same amount in its dimension's base unit (4 km as 4000 m, 2.5 t as 2500 kg, 10 dozen as 120
        pieces); other units as they are."""
        base, factor = _BASE_UNITS.get(self.unit, (self.unit, Decimal(1)))
        return Quantity(self.amount * factor, base)

    def in_unit(self, unit: str) -> "Quantity | None":
        """The same amount in `unit` (10 dozen as 120 pieces, 2,500 pieces as 2.5 thousand pieces); None where
        `unit` measures something else (pieces are no pairs, litres no kilograms)."""
        base, factor = self.in_base_unit().unit, _BASE_UNITS.get(unit, (unit, Decimal(1)))
        if base != factor[0]:
            return None
        return Quantity(self.in_base_unit().amount / factor[1], unit)


# Rec. 20 units of one dimension an invoice mixes on lines of one goods item (kilometres and metres of cable) or a
# tariff prescribes for box 41 (thousands of pieces); counts of articles (one, number of articles) are pieces
_BASE_UNITS = {
    "KMT": ("MTR", Decimal(1000)), "CMT": ("MTR", Decimal("0.01")), "MMT": ("MTR", Decimal("0.001")),
    "TNE": ("KGM", Decimal(1000)), "GRM": ("KGM", Decimal("0.001")),
    "MLT": ("LTR", Decimal("0.001")), "MTQ": ("LTR", Decimal(1000)),
    "DZN": ("H87", Decimal(12)), "GRO": ("H87", Decimal(144)), "T3": ("H87", Decimal(1000)),
    "C62": ("H87", Decimal(1)), "NAR": ("H87", Decimal(1)),
}  # fmt: skip
