"""Running sums of the lines read, to cross-check a printed total and to tell a total row from a goods line."""

from dataclasses import dataclass, field
from decimal import Decimal

from domain.goods.product_line import ProductLine

SUMMED_FIELDS = ("value", "net_mass", "gross_mass", "quantity")
_MIN_TOLERANCE = Decimal("0.01")


def agrees(figure: Decimal, summed: Decimal) -> bool:
    """A printed figure agrees with a sum to its last written digit (and at least to the cent)."""
    exponent = figure.as_tuple().exponent
    step = Decimal(1).scaleb(exponent) if isinstance(exponent, int) else _MIN_TOLERANCE
    return abs(figure - summed) <= max(_MIN_TOLERANCE, step)


@dataclass(slots=True)
class LineSums:
    value: Decimal = Decimal(0)
    net_mass: Decimal = Decimal(0)
    gross_mass: Decimal = Decimal(0)
    quantity: Decimal = Decimal(0)
    lines: int = 0
    currencies: set[str] = field(default_factory=set)

    def add(self, lines: list[ProductLine]) -> None:
        self.lines += len(lines)
        for line in lines:
            if line.value is not None:
                self.value += line.value.amount
                self.currencies.add(line.value.currency)
            self.net_mass += line.net_mass.kilograms if line.net_mass else 0
            self.gross_mass += line.gross_mass.kilograms if line.gross_mass else 0
            self.quantity += line.quantity.amount if line.quantity else 0

    def summed_by(self, figures: dict[str, Decimal]) -> bool:
        """True when the figures add these lines up: at least two lines, and each figure given agrees."""
        given = [name for name in SUMMED_FIELDS if name in figures]
        return self.lines >= 2 and bool(given) and all(agrees(figures[name], getattr(self, name)) for name in given)

    def exceeded_by(self, figures: dict[str, Decimal], fewest_lines: int) -> bool:
        """True when, over at least `fewest_lines` lines, the figures give an amount at least the sum of the
        amounts and no quantity below the sum of the quantities: a total that adds freight or insurance."""
        amount, quantity = figures.get("value"), figures.get("quantity")
        if amount is None or self.lines < fewest_lines or amount < self.value:
            return False
        return quantity is None or quantity >= self.quantity or agrees(quantity, self.quantity)
