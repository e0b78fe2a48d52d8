"""Total rows: a label alone is a total; a label that only starts with a total word is one when the row has no
quantity, or figures that add up the lines above it or exceed them (freight and insurance on a CIF total), and a
goods line otherwise (TOTAL is also a brand of engine oil)."""

from decimal import Decimal

import pytest

from adapters.reading import PolarsProductListReader
from domain.goods.problems import Severity

reader = PolarsProductListReader()
HEADER = "Description,Qty pcs,Amount USD,Net weight kg,Gross weight kg\n"


def test_a_product_named_total_is_a_goods_line() -> None:
    rows = (
        "Engine oil Castrol 5W-40 4 l,100,2500,360,400\n"
        "TOTAL Quartz 9000 5W-40 engine oil 4 l,200,5200,720,800\n"
        "Antifreeze G12 5 l,50,400,250,270\n"
        "Total Rubia TIR 7400 15W-40 20 l,30,1800,540,600\n"
    )
    listing = reader.read((HEADER + rows).encode(), "oils.csv")
    assert [line.row for line in listing.lines] == [1, 2, 3, 4]
    assert sum(line.value.amount for line in listing.lines if line.value) == Decimal(9900)
    assert listing.totals.value is None


def test_a_label_alone_with_a_page_word_is_a_total_whatever_its_figures() -> None:
    rows = "Engine oil 4 l,100,2500,360,400\nAntifreeze 5 l,50,400,250,270\nTotal for page 1:,150,2950,610,670\n"
    listing = reader.read((HEADER + rows).encode(), "oils.csv")
    assert len(listing.lines) == 2
    assert listing.totals.value == Decimal(2950)
    assert [str(p) for p in listing.problems] == [
        "row 3, column 'Amount USD': the printed total 2950 differs from the sum of the lines 2900 by 50 "
        "(line 4 of the file)"
    ]


def test_a_longer_total_label_is_a_total_when_its_figures_add_up_the_lines() -> None:
    rows = "Engine oil 4 l,100,2500,360,400\nAntifreeze 5 l,50,400,250,270\nTOTAL CIF Ashgabat,150,2900,610,670\n"
    listing = reader.read((HEADER + rows).encode(), "oils.csv")
    assert len(listing.lines) == 2
    assert listing.totals.quantity == Decimal(150)


def test_a_subtotal_that_adds_up_its_page_is_left_out_with_a_warning() -> None:
    rows = (
        "Engine oil 4 l,100,2500,360,400\nAntifreeze 5 l,50,400,250,270\nTotal page one,150,2900,610,670\n"
        "Brake fluid 1 l,20,100,20,22\nTOTAL,170,3000,630,692\n"
    )
    listing = reader.read((HEADER + rows).encode(), "oils.csv")
    assert [line.description for line in listing.lines] == ["Engine oil 4 l", "Antifreeze 5 l", "Brake fluid 1 l"]
    assert [(p.row, p.reason, p.severity) for p in listing.problems] == [
        (3, "a subtotal row; it is left out of the lines (line 4 of the file)", Severity.WARNING)
    ]
    assert listing.totals.value == Decimal(3000)


def test_a_cif_total_larger_than_the_lines_is_a_total_with_the_difference_named() -> None:
    rows = "Engine oil 4 l,100,2500,360,400\nAntifreeze 5 l,50,400,250,270\nTOTAL CIF Ashgabat,150,3100,610,670\n"
    listing = reader.read((HEADER + rows).encode(), "oils.csv")
    assert [line.description for line in listing.lines] == ["Engine oil 4 l", "Antifreeze 5 l"]
    assert listing.totals.value == Decimal(3100)
    assert [str(p) for p in listing.problems] == [
        "row 3, column 'Amount USD': the printed total 3100 differs from the sum of the lines 2900 by 200 "
        "(line 4 of the file)"
    ]


def test_a_total_with_only_an_amount_is_a_total_even_when_it_adds_freight() -> None:
    rows = "Engine oil 4 l,100,2500,360,400\nAntifreeze 5 l,50,400,250,270\nTotal CIF Ashgabat,,3100,,\nSigned,,,,\n"
    listing = reader.read((HEADER + rows).encode(), "oils.csv")
    assert len(listing.lines) == 2
    assert [p.reason for p in listing.problems] == [
        "1 row below the total read as the footer and left out: 'Signed' (line 5 of the file)",
        "the printed total 3100 differs from the sum of the lines 2900 by 200 (line 4 of the file)",
    ]


def test_a_total_that_adds_up_exactly_is_no_line_and_no_warning() -> None:
    rows = "Engine oil 4 l,100,2500,360,400\nAntifreeze 5 l,50,400,250,270\nGrand total FOB Dubai,150,2900,610,670\n"
    listing = reader.read((HEADER + rows).encode(), "oils.csv")
    assert len(listing.lines) == 2
    assert listing.problems == []


def test_subtotals_between_groups_are_left_out() -> None:
    rows = (
        "Engine oil 4 l,100,2500,360,400\nAntifreeze 5 l,50,400,250,270\nSubtotal group A,150,2900,610,670\n"
        "Brake fluid 1 l,20,100,20,22\nGear oil 1 l,10,50,10,11\nSUBTOTAL GROUP B,,150,,\n"
        "Grand total CIF,180,3200,640,703\n"
    )
    listing = reader.read((HEADER + rows).encode(), "oils.csv")
    assert [line.row for line in listing.lines] == [1, 2, 4, 5]
    assert [(p.row, p.reason) for p in listing.problems] == [
        (3, "a subtotal row; it is left out of the lines (line 4 of the file)"),
        (6, "a subtotal row; it is left out of the lines (line 7 of the file)"),
        (7, "the printed total 3200 differs from the sum of the lines 3050 by 150 (line 8 of the file)"),
    ]


def test_a_subtotal_that_does_not_add_up_says_by_how_much() -> None:
    rows = (
        "Engine oil 4 l,100,2500,360,400\nAntifreeze 5 l,50,400,250,270\nTotal CIF part 1,150,3000,610,670\n"
        "Brake fluid 1 l,20,100,20,22\n"
    )
    listing = reader.read((HEADER + rows).encode(), "oils.csv")
    assert len(listing.lines) == 3
    assert [p.reason for p in listing.problems] == [
        "a subtotal row; it is left out of the lines; its amount 3000 differs from the sum of the lines above it 2900 "
        "(line 4 of the file)"
    ]


def test_a_product_named_total_at_the_end_of_the_list_is_a_goods_line() -> None:
    rows = "Engine oil 4 l,100,2500,360,400\nAntifreeze 5 l,50,400,250,270\nTotal Rubia TIR 20 l,30,1800,540,600\n"
    listing = reader.read((HEADER + rows).encode(), "oils.csv")
    assert [line.description for line in listing.lines][-1] == "Total Rubia TIR 20 l"
    assert listing.problems == []


def test_a_dear_product_named_total_is_goods_when_its_quantity_is_below_the_lines() -> None:
    rows = "Engine oil 4 l,100,2500,360,400\nAntifreeze 5 l,50,400,250,270\nTotal Rubia TIR 200 l,30,9000,540,600\n"
    listing = reader.read((HEADER + rows).encode(), "oils.csv")
    assert len(listing.lines) == 3


@pytest.mark.parametrize("chunk_rows", [1, 2, 3])
def test_rows_that_may_be_totals_are_held_across_chunks(chunk_rows: int) -> None:
    rows = (
        "Engine oil 4 l,100,2500,360,400\nAntifreeze 5 l,50,400,250,270\nTotal Rubia TIR 20 l,30,1800,540,600\n"
        "Brake fluid 1 l,20,100,20,22\nTOTAL CIF Ashgabat,200,5000,1170,1292\nSigned,,,,\n"
    )
    data = (HEADER + rows).encode()
    chunks = list(reader.read_chunks(data, "oils.csv", chunk_rows=chunk_rows))
    assert [line.row for c in chunks for line in c.lines] == [1, 2, 3, 4]
    assert chunks[-1].totals.value == Decimal(5000)
    assert [p.reason for p in chunks[-1].problems] == [
        "1 row below the total read as the footer and left out: 'Signed' (line 7 of the file)",
        "the printed total 5000 differs from the sum of the lines 4800 by 200 (line 6 of the file)",
    ]
