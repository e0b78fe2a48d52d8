"""A mass column giving the mass of one unit: the line's mass is it times the quantity, and the file says so."""

from decimal import Decimal

import pytest

from adapters.reading import PolarsProductListReader
from adapters.reading.mass_per_item import gives_mass_per_item
from domain.goods.problems import Severity
from domain.measures import Mass

reader = PolarsProductListReader()


@pytest.mark.parametrize(
    ("header", "per_item"),
    [
        ("Unit net weight kg", True),
        ("Вес нетто 1 шт, кг", True),
        ("Net weight per unit", True),
        ("N.W./pc", True),
        ("Вес брутто за ед.", True),
        ("Netto agramy (1 sany), kg", True),
        ("N.W./pcs", True),
        ("Вес нетто кг/шт", True),
        ("Item net weight", False),  # often the line's own
        ("Gross weight unit", False),  # the unit the masses are in
        ("Net weight, kg", False),
        ("Вес нетто (кг)", False),
        ("Gross weight", False),
    ],
)
def test_headers_that_give_the_mass_of_one_unit(header: str, per_item: bool) -> None:
    assert gives_mass_per_item(header) is per_item


def test_a_line_mass_is_the_mass_of_one_unit_times_the_quantity() -> None:
    data = (
        "Description,Qty,Unit,Amount USD,Вес нетто 1 шт,Вес брутто 1 шт\n"
        "Refrigerator two-door,12,pcs,4920.00,73.0,79.0\n"
        "Sunflower oil 1 l,2400,l,3000.00,0.92,\n"
        "Washing machine,,pcs,350.00,60.0,65.0\n"
    ).encode()

    listing = reader.read(data, "invoice.csv")

    fridge, oil, washer = listing.lines
    assert (fridge.net_mass, fridge.gross_mass) == (Mass(Decimal("876.0")), Mass(Decimal("948.0")))
    assert oil.net_mass == Mass(Decimal("2208.00"))
    assert washer.net_mass is None  # no quantity to multiply
    notes = [p for p in listing.problems if p.row is None and p.severity is Severity.WARNING]
    assert any("gives the mass of one unit" in note.reason and note.column == "Вес нетто 1 шт" for note in notes)
