"""Figures larger than any declaration box holds: an amount past 16 digits before the decimal point in national
currency, a mass or quantity past 12. Refused as the list is read, naming the row and column, before any line is
classified (the declaration's schema refused them only after the work, and the job failed uncharged)."""

from dataclasses import dataclass
from decimal import Decimal

from domain.goods.problems import RowProblem, Severity
from domain.goods.product_line import ProductLine

LARGEST_AMOUNT = Decimal(10) ** 16  # the amount boxes: 18 digits, 2 of them decimals
LARGEST_MASS = Decimal(10) ** 12  # the mass and quantity boxes: 15 digits, 3 of them decimals


@dataclass(slots=True)
class ListSizes:
    """The list's amount in national currency (at the header's rate) and masses, summed as its lines are read."""

    rate: Decimal
    amount: Decimal = Decimal(0)
    net_mass: Decimal = Decimal(0)
    gross_mass: Decimal = Decimal(0)

    def too_large(self, line: ProductLine, columns: dict[str, str]) -> list[RowProblem]:
        """The line's figures no declaration box holds; a line without any is added to the list's sums."""
        amount = line.value.amount * self.rate if line.value else None
        net, gross = (mass.kilograms if mass else None for mass in (line.net_mass, line.gross_mass))
        figures = [("value", amount, LARGEST_AMOUNT), ("net_mass", net, LARGEST_MASS),
                   ("gross_mass", gross, LARGEST_MASS),
                   ("quantity", line.quantity.amount if line.quantity else None, LARGEST_MASS)]  # fmt: skip
        found = [
            line.problem(columns.get(field, field), line.placed(f"{_said(figure)} is larger than a declaration can "
                                                                 f"hold (below {_said(largest)})"), Severity.ERROR)
            for field, figure, largest in figures if figure is not None and figure >= largest
        ]  # fmt: skip
        if not found:
            self.amount += amount or 0
            self.net_mass += net or 0
            self.gross_mass += gross or 0
        return found

    def totals_too_large(self) -> list[RowProblem]:
        """The list's sums past what a declaration's totals hold: one problem each, for the file."""
        sums = [("amount in national currency", self.amount, LARGEST_AMOUNT), ("net mass", self.net_mass, LARGEST_MASS),
                ("gross mass", self.gross_mass, LARGEST_MASS)]  # fmt: skip
        return [
            RowProblem(None, None, f"the lines' {name} adds up to {_said(total)}, more than a declaration can hold "
                                   f"(below {_said(largest)}): split the list", Severity.ERROR)
            for name, total, largest in sums if total >= largest
        ]  # fmt: skip


def _said(figure: Decimal) -> str:
    """A figure short enough to read: 1e+308 rather than its 309 digits."""
    return f"{figure:,.2f}" if figure < Decimal(10) ** 20 else f"{figure:.3e}"
