"""The largest figures a declaration holds: the schema's totalDigits and fractionDigits for amounts, masses and
quantities, and xs:int for a count of packages. A line's figure beyond them cannot be declared even alone in
its goods item, so the reader refuses it with the limit rather than the declaration's schema later."""

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class FigureLimit:
    what: str
    total_digits: int
    fraction_digits: int

    @property
    def whole_digits(self) -> int:
        return self.total_digits - self.fraction_digits

    @property
    def largest(self) -> Decimal:
        """18 digits of which 2 decimals: 9999999999999999.99."""
        return Decimal(10) ** self.whole_digits - Decimal(1).scaleb(-self.fraction_digits)

    def holds(self, figure: Decimal) -> bool:
        """Whether the figure, rounded to the declared decimals, still fits."""
        return abs(figure) < Decimal(10) ** self.whole_digits - Decimal(5).scaleb(-self.fraction_digits - 1)

    def refusal(self, figure: Decimal, unit: str = "") -> str:
        """Why the figure cannot be declared, with the limit."""
        return (
            f"{figure}{unit} is too large for a declaration: {self.what} holds at most {self.whole_digits} digits "
            f"before the decimal point (the largest is {self.largest}{unit})"
        )


AMOUNT = FigureLimit("an amount", 18, 2)  # AmountType
MASS = FigureLimit("a mass in kilograms", 15, 3)  # MassType
QUANTITY = FigureLimit("a quantity", 15, 3)  # QuantityType
MOST_PACKAGES = 2_147_483_647  # PackageCountType is an xs:int
