"""Goods named with a total word ('TOTAL Quartz 9000 5W-40', an engine oil; 'Total station') are lines: their
amounts' number formats vote for the list's currency and count among a column's stale formats, while a label that
only adds delivery terms to the total word ('Total CIF Ashgabat', 'Итого FOB') is a total's."""

import io
from decimal import Decimal

import pytest
from openpyxl import Workbook

from adapters.reading import PolarsProductListReader
from adapters.reading.header_detection import detect_header
from adapters.reading.raw_table import string_frame
from adapters.reading.row_labels import not_goods_rows
from domain.goods.product_list import ProductList
from domain.measures import Money

reader = PolarsProductListReader()
EURO, DOLLAR = '#,##0.00\\ "€"', '"$"#,##0.00'
OILS = [
    ["TOTAL Quartz 9000 5W-40 4L", 10, 250, 36],
    ["TOTAL Rubia TIR 7400 15W-40 20L", 5, 400, 90],
    ["TOTAL Quartz INEO 5W-30 1L", 20, 200, 18],
]


def _read(rows: list[list[object]], formats: dict[int, str], header: str = "Amount") -> ProductList:
    """`rows` below a header 'Description, Qty, <header>, Net kg'; `formats`: spreadsheet row -> amount format."""
    book = Workbook()
    for row in [["Description", "Qty", header, "Net kg"], *rows]:
        book.active.append(row)
    for row, written in formats.items():
        book.active[f"C{row}"].number_format = written
    saved = io.BytesIO()
    book.save(saved)
    return reader.read(saved.getvalue(), "invoice.xlsx")


def test_goods_named_total_vote_for_the_currency_their_formats_show() -> None:
    listing = _read([*OILS, ["Oil filter MANN W712", 4, 40, 2]], {2: EURO, 3: EURO, 4: EURO, 5: DOLLAR})
    assert listing.currency == "EUR"
    assert [line.value for line in listing.lines[:3]] == [Money(Decimal(v), "EUR") for v in (250, 400, 200)]
    assert [line.problems for line in listing.lines[:3]] == [[], [], []]
    assert [str(problem) for problem in listing.lines[3].problems] == [
        "row 4, column 'Amount': '40' shows USD by its number format, but the line's currency is EUR, the commonest "
        "in the amount cells' number formats (spreadsheet row 5)"
    ]


def test_a_list_of_goods_named_total_with_its_total_row_reads_its_currency_in_their_formats() -> None:
    listing = _read([*OILS, ["Total", 35, 850, 144]], dict.fromkeys(range(2, 6), EURO))
    assert listing.currency == "EUR"
    assert listing.totals.value == Decimal(850)
    assert not [problem for problem in listing.problems if "states no currency" in problem.reason]


def test_goods_named_total_count_among_a_columns_stale_formats() -> None:
    listing = _read(OILS, {2: EURO, 3: EURO, 4: EURO}, header="Amount, USD")
    assert [line.problems for line in listing.lines] == [[], [], []]
    assert [str(problem) for problem in listing.problems if "number format" in problem.reason] == [
        "column 'Amount, USD': 3 cells (spreadsheet rows 2, 3 and 4) show EUR by their number format, but the lines' "
        "currency is USD, from the header 'Amount, USD': they are read in USD; check which currency the amounts "
        "are in"
    ]


@pytest.mark.parametrize(
    ("label", "is_goods"),
    [
        ("TOTAL Quartz 9000 5W-40 4L", True),
        ("Total station Leica TS07", True),
        ("Итого удобрения", True),
        ("Total CIF Ashgabat", False),
        ("Total FOB", False),
        ("Grand total C&F Turkmenbashi port", False),
        ("Итого FOB", False),
        ("Всего по счету CIF Ашхабад", False),
        ("Total amount", False),
        ("Freight", False),
    ],
)
def test_a_label_after_a_total_word_names_goods_unless_it_is_qualifiers_and_delivery_terms(
    label: str, is_goods: bool
) -> None:
    rows = [["Description", "Qty", "Amount"], ["Refrigerator", "12", "3600"], [label, None, "3700"]]
    layout = detect_header(rows, "invoice.csv", None)
    assert not_goods_rows(string_frame(rows), layout, [1, 2]) == (set() if is_goods else {2})


def test_only_the_rows_asked_are_looked_at() -> None:
    rows = [["Description", "Qty", "Amount"], ["Refrigerator", "12", "3600"], ["TOTAL", None, "3600"]]
    layout = detect_header(rows, "invoice.csv", None)
    assert not_goods_rows(string_frame(rows), layout, [1]) == set()
    assert not_goods_rows(string_frame(rows), layout, [1, 2, 9]) == {2}
