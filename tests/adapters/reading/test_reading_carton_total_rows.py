"""A total row counting the cartons ('TOTAL CTNS', 'TTL CTNS', 'TOTAL CTNS: THIRTY (30) CARTONS ONLY') is no goods
line, under a 'Total ctns' column that holds each line's cartons."""

import pytest

from adapters.reading import PolarsProductListReader

reader = PolarsProductListReader()
LINES = (
    "Item No.,Description,Qty,Unit Price (USD),Amount (USD),Total ctns\n"
    "1,LED panel light 600x600 40W,200,12.50,2500.00,20\n"
    "2,Ceiling fan 56 inch,50,30.00,1500.00,10\n"
)


@pytest.mark.parametrize(
    "total_rows",
    [",TOTAL,250,,4000.00,30\n,TOTAL CTNS,,,,30\n", ",TOTAL CTNS,,,,30\n", "TTL CTNS:,,,,,30\n",
     ",TOTAL CTNS: THIRTY (30) CARTONS ONLY,,,,\n"],
)  # fmt: skip
def test_a_cartons_total_row_is_no_line(total_rows: str) -> None:
    listing = reader.read((LINES + total_rows).encode(), "invoice.csv")
    assert [(line.description, line.packages) for line in listing.lines] == [
        ("LED panel light 600x600 40W", 20), ("Ceiling fan 56 inch", 10)
    ]  # fmt: skip
    assert listing.errors == []
    assert listing.columns["value"] == "Amount (USD)"


def test_total_packing_on_a_packing_list_is_its_total_row_not_a_packing_charge() -> None:
    """'Packing' is a charge word, but 'TOTAL PACKING' totals a packing list: unlike 'Toplam İskonto' (the total
    discount) or 'Итого фрахт', a total word before the packing names no charge."""
    listed = (
        "DESCRIPTION,CTNS,QTY,N.W.,G.W.\n"
        "LED bulb 9W E27,50,5000,425,460\n"
        "Ceiling fan 52 inch,20,40,220,250\n"
        "TOTAL PACKING,70,5040,645,710\n"
    )

    listing = PolarsProductListReader().read(listed.encode(), "packing.csv")

    assert [line.description for line in listing.lines] == ["LED bulb 9W E27", "Ceiling fan 52 inch"]
    assert (listing.totals.quantity, listing.totals.net_mass, listing.totals.gross_mass) == (5040, 645, 710)
