"""A quantity column headed only 'Pcs' is read as the quantity, below a header naming the quantity itself; a list
with amounts and no quantity column says so once, naming its headers."""

import csv
import io
from decimal import Decimal

import pytest

from adapters.reading import PolarsProductListReader

reader = PolarsProductListReader()
HEADERS = ["Product name", "Pcs", "UOM", "Net price", "Line total", "Currency", "Net wt kg", "Gross wt kg",
           "Country of origin"]  # fmt: skip
LINES = [
    ["Men's jeans, cotton denim", "900", "pcs", "11", "9900", "USD", "630", "700", "Bangladesh"],
    ["Children's sneakers, textile upper, rubber sole", "1200", "pairs", "6.5", "7800", "USD", "600", "720", "China"],
]


def _csv(rows: list[list[str]]) -> bytes:
    text = io.StringIO()
    csv.writer(text, lineterminator="\n").writerows(rows)
    return text.getvalue().encode()


@pytest.mark.parametrize(
    "header", ["Pcs", "PCS", "Pcs.", "Qty pcs", "Pieces", "Qty (pcs)", "Кол-во, шт", "Adet", "Шт.", "Stück"]
)
def test_a_quantity_headed_in_pieces_is_read(header: str) -> None:
    listing = reader.read(_csv([[header if h == "Pcs" else h for h in HEADERS], *LINES]), "invoice.csv")
    assert listing.columns["quantity"] == header
    assert [line.quantity.amount for line in listing.lines if line.quantity] == [900, 1200]
    assert listing.all_problems() == []


@pytest.mark.parametrize("order", [("Qty", "Pcs"), ("Pcs", "Qty")])
def test_beside_a_quantity_header_pcs_is_no_quantity(order: tuple[str, str]) -> None:
    cells = {"Qty": "20", "Pcs": "200"}  # 20 cartons of 10 pieces
    rows = [["Description", *order, "Amount USD"], ["LED panel 600x600", *(cells[h] for h in order), "2500.00"]]
    listing = reader.read(_csv(rows), "packing.csv")
    assert listing.columns["quantity"] == "Qty"
    assert [line.quantity.amount for line in listing.lines if line.quantity] == [20]


def test_pieces_per_carton_beside_pieces_is_no_quantity() -> None:
    rows = [["Description", "Ctns", "Pcs/ctn", "Pcs", "Amount USD"], ["LED panel 600x600", "20", "10", "200", "2500"]]
    listing = reader.read(_csv(rows), "packing.csv")
    assert (listing.columns["quantity"], listing.columns["packages"]) == ("Pcs", "Ctns")
    assert [(line.quantity.amount if line.quantity else None, line.packages) for line in listing.lines] == [(200, 20)]


def test_a_list_with_amounts_and_no_quantity_column_says_so_once() -> None:
    headers = [h for h in HEADERS if h != "Pcs"]
    listing = reader.read(_csv([headers, *[[c for i, c in enumerate(line) if i != 1] for line in LINES]]), "i.csv")
    assert [line.value.amount for line in listing.lines if line.value] == [Decimal(9900), Decimal(7800)]
    assert [(p.row, p.column, p.reason) for p in listing.all_problems()] == [
        (
            None,
            None,
            "no column is read as the quantity (the headers are 'Product name', 'UOM', 'Net price', 'Line total', "
            "'Currency', 'Net wt kg', 'Gross wt kg', 'Country of origin'): the goods items will carry no quantity in "
            "the supplementary unit; if a column holds it, name it as quantity=HEADER (--column, or the upload "
            "form's Columns)",
        )
    ]
