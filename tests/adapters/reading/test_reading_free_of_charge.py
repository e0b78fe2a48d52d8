"""An amount or unit price cell that says the goods come free is an amount of 0, named by the line checks."""

from decimal import Decimal

import pytest

from adapters.reading import PolarsProductListReader

reader = PolarsProductListReader()
HEADER = "Description,Qty,Unit,Unit Price (USD),Amount (USD),Net Weight (kg)\n"


@pytest.mark.parametrize("free", ["F.O.C.", "FOC", "Free of charge", "N/C", "бесплатно", "ücretsiz"])
def test_goods_stated_free_are_declared_at_zero_with_a_warning(free: str) -> None:
    rows = f"Car battery 12V 60Ah,200,pcs,48.00,9600.00,3000\nWiper blade 24 inch sample,50,pcs,{free},{free},10\n"
    listing = reader.read((HEADER + rows).encode(), "invoice.csv")

    assert not listing.errors
    assert [line.value.amount if line.value else None for line in listing.lines] == [Decimal("9600.00"), Decimal(0)]
    assert any("the amount is 0" in str(problem) for problem in listing.all_problems())


def test_a_description_saying_free_is_still_goods_and_other_text_still_no_number() -> None:
    rows = "Free-standing cooker,2,pcs,300.00,600.00,90\nGas cooker,1,pcs,TBA,TBA,45\n"
    listing = reader.read((HEADER + rows).encode(), "invoice.csv")

    assert listing.lines[0].value is not None and listing.lines[0].value.amount == Decimal("600.00")
    assert any("'TBA' is not a number" in str(problem) for problem in listing.errors)
