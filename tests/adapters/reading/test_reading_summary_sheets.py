"""A sheet that sums the other sheets read (its total, or a row per sheet) is a summary, not goods: it is left out
with a warning naming it, unless the broker names it (ADR 0034)."""

from decimal import Decimal

from tests.adapters.reading.invoices import sheets_xlsx

from adapters.reading import PolarsProductListReader
from domain.goods.problems import Severity
from domain.goods.product_list import ProductList

reader = PolarsProductListReader()
GOODS = ["Description", "Quantity", "Unit", "Unit price", "Amount, USD", "N.W. kg", "G.W. kg"]
FIRST = [
    GOODS,
    ["Washing machine", 10, "pcs", 300, 3000, 620, 680],
    ["T-shirt", 500, "pcs", 4, 2000, 100, 110],
    ["Black tea", 400, "kg", 4.5, 1800, 700, 744],
    ["Итого по листу", None, None, None, 6800, 1420, 1534],
]
SECOND = [
    GOODS,
    ["Ceramic tiles", 2000, "m2", 1.7, 3400, 6000, 6300],
    ["Refrigerator", 10, "pcs", 300, 3000, 700, 780],
    ["Итого по листу", None, None, None, 6400, 6700, 7080],
]
SUMMARY = [
    ["Invoice summary"],
    ["Container", "Description", "Amount, USD", "N.W. kg", "G.W. kg"],
    ["MSKU1234567", "Washing machines, T-shirts, tea", 6800, 1420, 1534],
    ["MSKU7654321", "Tiles, refrigerators", 6400, 6700, 7080],
    ["Итого", None, 13200, 8120, 8614],
]


def _warnings(listing: ProductList) -> list[str]:
    return [problem.reason for problem in listing.all_problems() if problem.severity is Severity.WARNING]


def _amount(listing: ProductList) -> Decimal:
    return sum((line.value.amount for line in listing.lines if line.value), Decimal(0))


def test_a_summary_sheet_is_not_read_as_goods() -> None:
    listing = reader.read(sheets_xlsx(("Summary", SUMMARY), ("Лист1", FIRST), ("Лист2", SECOND)), "invoice.xlsx")

    assert len(listing.lines) == 5
    assert _amount(listing) == Decimal(13200)
    assert (
        "sheet 'Summary' sums the other sheets (13200.00 = 6800.00 + 6400.00): taken as a summary, not as goods; "
        "name it with --sheet to read it"
    ) in _warnings(listing)
    assert listing.totals.value == Decimal(13200)


def test_a_summary_with_a_row_per_sheet_and_no_total_is_not_read_either() -> None:
    rows = SUMMARY[:4]
    listing = reader.read(sheets_xlsx(("Лист1", FIRST), ("Лист2", SECOND), ("Summary", rows)), "invoice.xlsx")

    assert len(listing.lines) == 5
    assert any("sheet 'Summary' sums the other sheets" in warning for warning in _warnings(listing))


def test_a_summary_by_net_masses_needs_the_sheet_to_lack_quantities() -> None:
    in_euro = [SUMMARY[1], [*SUMMARY[2][:2], 6000, *SUMMARY[2][3:]], [*SUMMARY[3][:2], 5000, *SUMMARY[3][3:]]]
    listing = reader.read(sheets_xlsx(("Лист1", FIRST), ("Лист2", SECOND), ("Summary", in_euro)), "invoice.xlsx")

    assert len(listing.lines) == 5
    assert any("(8120.00 kg = 1420.00 kg + 6700.00 kg)" in warning for warning in _warnings(listing))


def test_a_third_sheet_of_goods_with_other_figures_is_read() -> None:
    third = [
        GOODS,
        ["Air conditioner", 4, "pcs", 450, 1800, 160, 180],
        ["Microwave oven", 10, "pcs", 60, 600, 120, 140],
    ]
    listing = reader.read(sheets_xlsx(("Лист1", FIRST), ("Лист2", SECOND), ("Лист3", third)), "invoice.xlsx")

    assert len(listing.lines) == 7
    assert _amount(listing) == Decimal(15600)
    assert not any("summary" in warning for warning in _warnings(listing))


def test_a_third_sheet_of_goods_without_quantities_is_read() -> None:
    third = [["Description", "Amount, USD", "N.W. kg"], ["Spare parts", 500, 40], ["Hoses", 300, 25]]
    listing = reader.read(sheets_xlsx(("Лист1", FIRST), ("Лист2", SECOND), ("Лист3", third)), "invoice.xlsx")

    assert len(listing.lines) == 7
    assert not any("summary" in warning for warning in _warnings(listing))


def test_a_summary_sheet_named_by_the_broker_is_read() -> None:
    data = sheets_xlsx(("Summary", SUMMARY), ("Лист1", FIRST), ("Лист2", SECOND))

    listing = reader.read(data, "invoice.xlsx", sheets=["Summary", "Лист1", "Лист2"])

    assert len(listing.lines) == 7


def test_a_summary_is_left_out_of_a_workbook_longer_than_one_chunk_too() -> None:
    """'Лист1' needs two chunks of three rows: it is summed over a reading of its own, its lines given once."""
    data = sheets_xlsx(("Summary", SUMMARY), ("Лист1", FIRST), ("Лист2", SECOND))
    chunks = list(reader.read_chunks(data, "invoice.xlsx", chunk_rows=3))

    listing = ProductList(lines=[line for chunk in chunks for line in chunk.lines], problems=chunks[-1].problems)
    assert [line.description for line in listing.lines] == [
        "Washing machine", "T-shirt", "Black tea", "Ceramic tiles", "Refrigerator",
    ]  # fmt: skip
    assert (
        "sheet 'Summary' sums the other sheets (13200.00 = 6800.00 + 6400.00): taken as a summary, not as goods; "
        "name it with --sheet to read it"
    ) in _warnings(listing)
    assert chunks[-1].totals.value == Decimal(13200)


def test_a_sheet_longer_than_one_chunk_is_never_taken_for_a_summary() -> None:
    """Its rows sum the others' too, but a summary is held whole before the others' lines are given: one chunk."""
    long_summary = [*SUMMARY[:4], ["MSKU0000000", "Empty container", 0, 0, 0], SUMMARY[4]]
    data = sheets_xlsx(("Лист1", FIRST), ("Лист2", SECOND), ("Summary", long_summary))
    lines = [line for chunk in reader.read_chunks(data, "invoice.xlsx", chunk_rows=3) for line in chunk.lines]

    assert "Empty container" in [line.description for line in lines]
