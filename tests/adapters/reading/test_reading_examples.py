"""The example invoices in examples/ read cleanly: every line, the right currency, totals that agree."""

from decimal import Decimal
from pathlib import Path

import pytest

from adapters.reading import PolarsProductListReader

EXAMPLES = Path(__file__).parents[3] / "examples"


@pytest.mark.parametrize(
    ("name", "lines", "currency", "declared"),
    [("invoice-en.xlsx", 12, "USD", 6), ("invoice-ru.csv", 10, "USD", 10), ("invoice-tk.csv", 8, "USD", 0)],
)
def test_example_invoices_read_without_errors(name: str, lines: int, currency: str, declared: int) -> None:
    listing = PolarsProductListReader().read((EXAMPLES / name).read_bytes(), name)
    assert len(listing.lines) == lines
    assert listing.currency == currency
    assert listing.errors == []
    assert not any("printed total" in p.reason for p in listing.problems)
    assert listing.totals.value == sum((line.value.amount for line in listing.lines if line.value), Decimal(0))
    assert all(line.origin and line.quantity for line in listing.lines)
    assert sum(1 for line in listing.lines if line.declared_code) == declared
    assert all(line.net_mass and line.gross_mass and line.net_mass.kilograms <= line.gross_mass.kilograms
               for line in listing.lines)  # fmt: skip
