"""A quantity that reads two ways is read the way quantity x unit price = amount holds."""

from decimal import Decimal

from adapters.reading import PolarsProductListReader
from domain.measures import Quantity

reader = PolarsProductListReader()
HEADER = "Description,Qty,Unit,Unit price,Amount USD\n"


def test_the_amount_settles_a_quantity_that_reads_two_ways() -> None:
    listing = reader.read((HEADER + "Refrigerator,1.500,pcs,2.00,3000.00\nOil,2400,l,1.22,2928.00\n").encode(), "i.csv")

    assert listing.lines[0].quantity == Quantity(Decimal(1500), "H87")
    assert not any("could be read two ways" in problem.reason for problem in listing.problems)


def test_the_amount_settles_it_as_a_decimal_point_too() -> None:
    listing = reader.read((HEADER + "Cable,1.500,m,2.00,3.00\nOil,2400,l,1.22,2928.00\n").encode(), "i.csv")

    assert listing.lines[0].quantity == Quantity(Decimal("1.5"), "MTR")
