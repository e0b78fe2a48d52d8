"""Total rows: a label alone is a total; a label that only starts with a total word is one when its figures add
up the lines above it, and a goods line otherwise (TOTAL is also a brand of engine oil)."""

from decimal import Decimal

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
        "row 3, column 'Amount USD': the printed total 2950 differs from the sum of the lines 2900"
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
        (3, "a subtotal row; it is left out of the lines", Severity.WARNING)
    ]
    assert listing.totals.value == Decimal(3000)
