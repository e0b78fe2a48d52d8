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
