"""Charge rows (freight, insurance, discounts, taxes) are no goods lines: they are named in a warning with their
amounts, left out of the sums, and a total that adds them ('Total CIF') is accepted without a mismatch."""

from decimal import Decimal

from tests.adapters.reading.invoices import sheet_xlsx

from adapters.reading import PolarsProductListReader
from domain.goods.problems import Severity

reader = PolarsProductListReader()
TITLE = "COMMERCIAL INVOICE,,,,,,,,\nInvoice No: SBE-2026-0042,,,,,,,,\n,,,,,,,,\n"
HEADER = "Item,Description,Qty,Unit,Unit Price (USD),Amount (USD),Net Weight (kg),Gross Weight (kg),Origin\n"
GOODS = (
    '1,LED television 55 inch smart TV,120,pcs,245.00,"29,400.00",1920,2280,China\n'
    '2,Laptop computer 15.6 inch,80,pcs,420.00,"33,600.00",184,240,China\n'
)
CIF_BELOW_THE_GOODS = (  # /work/qa/03b-en-totals-desc.csv, shortened
    ',Subtotal,,,,"63,000.00",2104,2520,\n'
    ',Freight,,,,"3,200.00",,,\n'
    ",Insurance,,,,450.00,,,\n"
    ',Total CIF,,,,"66,650.00",,,\n'
)

LABELS_AND_AMOUNTS = [("Subtotal", 63000), ("Freight", 3200), ("Insurance", 450), ("Total CIF", 66650)]


def _read(rows: str, header: str = HEADER) -> tuple[list[str], list[str]]:
    listing = reader.read((TITLE + header + rows).encode(), "invoice.csv")
    assert all(p.severity is Severity.WARNING for p in listing.all_problems())
    return [line.description for line in listing.lines], [str(p) for p in listing.problems]


def test_freight_and_insurance_are_named_with_their_amounts_and_declared_as_no_items() -> None:
    listing = reader.read((TITLE + HEADER + GOODS + CIF_BELOW_THE_GOODS).encode(), "invoice.csv")
    assert [line.row for line in listing.lines] == [1, 2]
    assert sum(line.value.amount for line in listing.lines if line.value) == Decimal(63_000)
    assert listing.totals.value == Decimal("66650.00")
    assert [str(p) for p in listing.problems] == [
        "row 3: a subtotal row; it is left out of the lines (line 7 of the file)",
        "'Freight' 3,200.00 USD (line 8 of the file) and 'Insurance' 450.00 USD (line 9 of the file) are charges, "
        "not goods: not declared as items; add them to the header's costs (external_freight, insurance)",
    ]


def test_a_cif_total_that_is_not_goods_plus_charges_names_both_differences() -> None:
    rows = GOODS + ',Freight,,,,"3,200.00",,,\n,Total CIF,,,,"66,300.00",,,\n'
    _, problems = _read(rows)
    assert problems[-1] == (
        "row 4, column 'Amount (USD)': the printed total 66300.00 differs from the sum of the lines 63000.00 by "
        "3300.00, and from that sum plus the charges above it (3200.00) by 100.00 (line 8 of the file)"
    )


def test_russian_and_turkmen_charges_and_a_discount_that_the_total_deducts() -> None:
    rows = (
        GOODS + ',Доставка до Ашхабада,,,,"1,000.00",,,\n,Страхование груза,,,,200.00,,,\n'
        ',Arzanladyş 5%,,,,-700.00,,,\n,НДС 0%,,,,0.00,,,\n,Jemi,,,,"63,500.00",,,\n'
    )
    lines, problems = _read(rows)
    assert len(lines) == 2
    assert problems == [
        "'Доставка до Ашхабада' 1,000.00 USD (line 7 of the file) and 'Страхование груза' 200.00 USD (line 8 of "
        "the file) are charges, not goods: not declared as items; add them to the header's costs "
        "(external_freight, insurance)",
        "'Arzanladyş 5%' 700.00 USD (line 9 of the file) is a discount, not goods: not declared as an item; deduct "
        "it in the valuation only where customs accepts the discount",
        "'НДС 0%' 0.00 USD (line 10 of the file) is a charge, not goods: not declared as an item; taxes, fees, "
        "bank charges and payments on account are not part of the customs value",
    ]


def test_a_line_named_like_a_charge_with_a_quantity_or_mass_of_its_own_is_goods() -> None:
    rows = GOODS + "3,Packing,500,pcs,0.50,250.00,40,45,China\n4,Delivery van Ford Transit,1,pcs,,,,,\n"
    listing = reader.read((TITLE + HEADER + rows).encode(), "invoice.csv")
    assert [line.description for line in listing.lines][2:] == ["Packing", "Delivery van Ford Transit"]
    assert not any("charge" in str(p) for p in listing.all_problems())


def test_total_and_charge_labels_in_the_unit_price_column_beside_the_amount() -> None:
    """/work/qa/03-en-totals.csv: the usual English layout, the description empty, was refused with 8 errors."""
    rows = GOODS + "".join(f",,,,{label},{amount},,,\n" for label, amount in LABELS_AND_AMOUNTS)
    lines, problems = _read(rows)
    assert len(lines) == 2
    assert problems == [
        "row 3: a subtotal row; it is left out of the lines (line 7 of the file)",
        "'Freight' 3,200.00 USD (line 8 of the file) and 'Insurance' 450.00 USD (line 9 of the file) are charges, "
        "not goods: not declared as items; add them to the header's costs (external_freight, insurance)",
    ]


def test_total_and_charge_labels_in_the_first_column_of_a_workbook() -> None:
    """/work/qa/03c-en-totals-first.csv, as a workbook: the labels stand in the 'Item' column."""
    header = [HEADER.strip().split(",")]
    goods = [[1, "LED television", 120, "pcs", 245, 29400, 1920, 2280, "China"],
             [2, "Laptop computer", 80, "pcs", 420, 33600, 184, 240, "China"]]  # fmt: skip
    totals = [[label, None, None, None, None, amount] for label, amount in LABELS_AND_AMOUNTS]
    listing = reader.read(sheet_xlsx(header + goods + totals), "invoice.xlsx")
    assert [line.row for line in listing.lines] == [1, 2]
    assert listing.totals.value == Decimal(66650)
    assert not listing.errors
    charges = "'Freight' 3,200.00 USD (spreadsheet row 5) and 'Insurance' 450.00 USD (spreadsheet row 6) are charges"
    assert charges in str(listing.problems[-1])


def test_a_kind_of_discount_and_freight_between_two_places_among_the_goods_are_charges() -> None:
    """An English invoice from an Iranian supplier lists its discount and its freight among the goods lines; the
    goods named like charges ('Transport box', 'Delivery bag') have quantities and stay goods."""
    rows: list[list[object]] = [
        ["COMMERCIAL INVOICE No. PP-1405-17"],
        ["Seller: Pars Polymer Co., Mashhad, Iran"],
        ["No.", "Description", "Qty", "Unit", "Unit price, USD", "Amount, USD", "Net weight, kg"],
        [1, "PVC pipe 110 mm, PN10", 500, "m", 2.00, 1000.00, 600],
        [2, "Special discount 3%", None, None, None, -30.00, None],
        [3, "Freight Mashhad - Ashgabat by truck", None, None, None, 450.00, None],
        [4, "Transport box 40x30", 100, "pcs", 1.50, 150.00, 80],
        [5, "Delivery bag", 200, "pcs", 0.25, 50.00, 10],
        [6, "Additional discount", None, None, None, -20.00, None],
        [7, "Extra freight via Sarakhs by rail", None, None, None, 120.00, None],
        [None, "Total", None, None, None, 1720.00, None],
    ]
    listing = reader.read(sheet_xlsx(rows), "invoice.xlsx")
    assert [line.description for line in listing.lines] == [
        "PVC pipe 110 mm, PN10",
        "Transport box 40x30",
        "Delivery bag",
    ]
    assert not listing.errors
    assert [str(p) for p in listing.problems] == [
        "'Freight Mashhad - Ashgabat by truck' 450.00 USD (spreadsheet row 6) and 'Extra freight via Sarakhs by "
        "rail' 120.00 USD (spreadsheet row 10) are charges, not goods: not declared as items; add them to the "
        "header's costs (external_freight, insurance)",
        "'Special discount 3%' 30.00 USD (spreadsheet row 5) and 'Additional discount' 20.00 USD (spreadsheet row 9) "
        "are discounts, not goods: not declared as items; deduct them in the valuation only where customs accepts "
        "the discount",
    ]


def test_a_goods_name_with_a_dash_and_no_figures_of_its_own_is_no_route() -> None:
    """Its places would open with capitals: without figures it stays a line, with its problems."""
    lines, problems = _read(GOODS + "3,Transport box - small,,,,,,,\n")
    assert lines[-1] == "Transport box - small"
    assert not any("charge" in p for p in problems)


def test_a_service_billed_once_is_a_charge_and_its_restatement_in_the_footer_is_the_same_charge() -> None:
    rows = (
        GOODS
        + '3,Freight Mashhad - Ashgabat by truck,1,trip,"1,450.00","1,450.00",,,\n'
        + ',Subtotal,,,,"63,000.00",,,\n'
        + ',Freight,,,,"1,450.00",,,\n'
        + ',Total CIF,,,,"64,450.00",,,\n'
    )
    descriptions, problems = _read(rows)

    assert descriptions == ["LED television 55 inch smart TV", "Laptop computer 15.6 inch"]
    assert problems[-1] == (
        "'Freight Mashhad - Ashgabat by truck' 1,450.00 USD (line 7 of the file) is a charge, not goods: not "
        "declared as an item; add it to the header's costs (external_freight, insurance)"
    )


def test_a_charge_word_on_goods_counted_by_more_than_one_stays_goods() -> None:
    descriptions, _ = _read(GOODS + '3,Freight,4,pcs,"12.00","48.00",,,China\n')

    assert descriptions[-1] == "Freight"


def test_goods_of_one_piece_named_like_a_route_stay_goods_and_two_legs_of_freight_are_two_charges() -> None:
    rows = (
        GOODS
        + '3,Packaging Machine - Automatic,1,pcs,"9,000.00","9,000.00",,,China\n'
        + ",Freight,,,,100.00,,,\n"
        + ",Freight,,,,100.00,,,\n"
    )
    descriptions, problems = _read(rows)

    assert descriptions[-1] == "Packaging Machine - Automatic"
    assert problems[-1].startswith("'Freight' 100.00 USD (line 8 of the file) and 'Freight' 100.00 USD (line 9")


def test_central_asian_and_persian_charges_and_payments_on_account_are_no_goods() -> None:
    rows = (
        GOODS
        + ',оның ішінде ҚҚС 12%,,,,"6,750.00",,,\n'
        + ",هزینه حمل تا مرز سرخس,,,,900.00,,,\n"
        + ',Less advance payment received (30%),,,,"18,900.00",,,\n'
        + ',Balance due,,,,"44,100.00",,,\n'
    )
    descriptions, problems = _read(rows)

    assert descriptions == ["LED television 55 inch smart TV", "Laptop computer 15.6 inch"]
    assert any(problem.startswith("'هزینه حمل تا مرز سرخس' 900.00 USD") for problem in problems)
    assert any("'Balance due' 44,100.00 USD" in problem and "payments on account" in problem for problem in problems)
