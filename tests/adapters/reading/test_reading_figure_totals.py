"""A total row with a label the vocabulary lacks, or none: with no unit price, and an amount (and masses and
quantity where given) adding up the lines above it, it is a total row, not a goods item declaring their value twice."""

from decimal import Decimal

from tests.adapters.reading.invoices import sheet_xlsx

from adapters.reading import PolarsProductListReader
from adapters.reading.figure_totals import TOTAL_BY_FIGURES
from adapters.reading.line_checks import EMPTY_QUANTITY

reader = PolarsProductListReader()
HEADER = "Description,Quantity,Unit,Unit price,Amount USD,Net weight kg,Origin\n"
LINES = "Dried apricots,6000,kg,3.20,19200.00,6000,Uzbekistan\nRaisins black,4000,kg,2.10,8400.00,4000,Uzbekistan\n"


def _read(rows: str, header: str = HEADER) -> tuple[list[str | None], list[tuple[int | None, str]], Decimal | None]:
    listing = reader.read((header + rows).encode(), "invoice.csv")
    problems = [(p.row, p.reason) for p in listing.all_problems()]
    return [line.description for line in listing.lines], problems, listing.totals.value


def test_a_total_row_labelled_in_an_unknown_word_is_left_out_and_named() -> None:
    descriptions, problems, total = _read(LINES + "Barchasi,,,,27600.00,10000,\n")
    assert descriptions == ["Dried apricots", "Raisins black"]
    assert total == Decimal("27600.00")
    assert problems == [(3, f"{TOTAL_BY_FIGURES} (line 4 of the file)")]


def test_an_unlabelled_total_row_is_left_out_with_its_footer() -> None:
    descriptions, problems, total = _read(LINES + ",,,,27600.00,10000,\nSigned: A. Karimov,,,,,,\n")
    assert descriptions == ["Dried apricots", "Raisins black"]
    assert total == Decimal("27600.00")
    assert [reason for _, reason in problems] == [
        "1 row below the total read as the footer and left out: 'Signed: A. Karimov' (line 5 of the file)",
        f"{TOTAL_BY_FIGURES} (line 4 of the file)",
    ]


def test_a_total_row_giving_the_summed_quantity_too_is_left_out() -> None:
    descriptions, problems, total = _read(LINES + "Shipped as per specification No 3,10000,,,27600.00,10000,\n")
    assert descriptions == ["Dried apricots", "Raisins black"]
    assert total == Decimal("27600.00")
    assert problems == [(3, f"{TOTAL_BY_FIGURES} (line 4 of the file)")]


def test_a_row_without_a_price_whose_quantity_is_no_sum_is_a_goods_line() -> None:
    descriptions, _, total = _read(LINES + "Dried figs in bulk,900,kg,,27600.00,10000,Uzbekistan\n")
    assert descriptions == ["Dried apricots", "Raisins black", "Dried figs in bulk"]
    assert total is None


def test_a_goods_line_without_quantity_whose_amount_is_no_sum_keeps_its_warning() -> None:
    descriptions, problems, total = _read(LINES + "Dried figs,,,,500.00,100,Uzbekistan\n")
    assert descriptions == ["Dried apricots", "Raisins black", "Dried figs"]
    assert total is None
    assert problems == [(3, f"{EMPTY_QUANTITY} (line 4 of the file)")]


def test_an_amount_that_adds_up_the_lines_beside_a_mass_that_does_not_is_a_goods_line() -> None:
    descriptions, problems, _ = _read(LINES + "Dried figs,,,,27600.00,9000,Uzbekistan\n")
    assert descriptions == ["Dried apricots", "Raisins black", "Dried figs"]
    assert problems == [(3, f"{EMPTY_QUANTITY} (line 4 of the file)")]


def test_a_one_line_invoice_is_read_with_or_without_its_total() -> None:
    line = "Men's jeans cotton denim,900,pcs,11.00,9900.00,630,Bangladesh\n"
    assert _read(line) == (["Men's jeans cotton denim"], [], None)
    assert _read(line + "Jami,,,,9900.00,630,\n") == (["Men's jeans cotton denim"], [], Decimal("9900.00"))


def test_an_unlabelled_subtotal_between_groups_is_a_subtotal() -> None:
    rows = LINES + ",,,,27600.00,10000,\nWalnuts in shell,500,kg,4.00,2000.00,500,Uzbekistan\nJami,,,,29600.00,10500,\n"
    descriptions, problems, total = _read(rows)
    assert descriptions == ["Dried apricots", "Raisins black", "Walnuts in shell"]
    assert total == Decimal("29600.00")
    assert problems == [(3, "a subtotal row; it is left out of the lines (line 4 of the file)")]


def test_an_unlabelled_total_below_a_product_named_total_adds_it_up() -> None:
    header = "Description,Qty pcs,Unit price,Amount USD,Net weight kg\n"
    rows = (
        "Engine oil Castrol 5W-40 4 l,100,25.00,2500.00,360\n"
        "Antifreeze G12 5 l,50,8.00,400.00,250\n"
        "TOTAL Quartz 9000 5W-40 engine oil 4 l,20,26.00,520.00,72\n"
        ",,,3420.00,682\n"
    )
    descriptions, problems, total = _read(rows, header)
    assert descriptions[-1] == "TOTAL Quartz 9000 5W-40 engine oil 4 l"
    assert len(descriptions) == 3
    assert total == Decimal("3420.00")
    assert problems == [(4, f"{TOTAL_BY_FIGURES} (line 5 of the file)")]


def test_without_a_quantity_column_an_amount_that_adds_up_the_lines_stays_a_line() -> None:
    header = "Description,Amount USD,Net weight kg\n"
    descriptions, _, total = _read("Bolts M8,100.00,10\nNuts M8,200.00,20\nWashers M8,300.00,30\n", header)
    assert descriptions == ["Bolts M8", "Nuts M8", "Washers M8"]
    assert total is None


def test_a_clean_row_whose_figures_add_up_the_lines_is_a_total_not_a_third_line() -> None:
    descriptions, problems, total = _read(LINES + "All goods as per proforma PF-12,10000,kg,,27600.00,10000,\n")
    assert descriptions == ["Dried apricots", "Raisins black"]
    assert total == Decimal("27600.00")
    assert problems == [(3, f"{TOTAL_BY_FIGURES} (line 4 of the file)")]


def test_a_workbook_row_with_a_unit_summing_the_lines_is_a_total() -> None:
    rows: list[list[object]] = [
        ["Description", "Qty", "Unit", "Unit price", "Amount USD", "Net kg", "Gross kg"],
        ["Ceramic floor tiles 60x60", 500, "m2", 9.5, 4750, 11000, 11500],
        ["Tile adhesive, 25 kg bags", 200, "pcs", 6, 1200, 5000, 5100],
        ["Grout, grey, 5 kg", 100, "pcs", 4, 400, 500, 520],
        ["Shipment as per order 77", 800, "pcs", None, 6350, 16500, 17120],
    ]
    listing = reader.read(sheet_xlsx(rows), "invoice.xlsx")
    assert [line.description for line in listing.lines] == [row[0] for row in rows[1:4]]
    assert listing.totals.value == Decimal("6350")


def test_a_last_line_equal_to_the_single_line_above_stays_a_line() -> None:
    rows = "Dried apricots,6000,kg,,19200.00,6000,Uzbekistan\nDried apricots,6000,kg,,19200.00,6000,Tajikistan\n"
    descriptions, _, total = _read(rows)
    assert descriptions == ["Dried apricots", "Dried apricots"]
    assert total is None


def test_a_line_among_others_whose_figures_add_up_the_lines_above_stays_a_line() -> None:
    rows = LINES + "Apricot kernels,10000,kg,,27600.00,10000,Tajikistan\nWalnuts,500,kg,4.00,2000.00,500,Uzbekistan\n"
    descriptions, _, _ = _read(rows)
    assert descriptions == ["Dried apricots", "Raisins black", "Apricot kernels", "Walnuts"]


def test_a_clean_row_adding_up_the_lines_since_a_subtotal_is_a_total() -> None:
    rows = (
        LINES
        + "Total,,,,27600.00,10000,\n"
        + "Walnuts,500,kg,4.00,2000.00,500,Uzbekistan\nAlmonds,250,kg,8.00,2000.00,250,Uzbekistan\n"
        + "Shipment 2 as per proforma PF-13,750,kg,,4000.00,750,\n"
    )
    descriptions, _, _ = _read(rows)
    assert descriptions == ["Dried apricots", "Raisins black", "Walnuts", "Almonds"]


def test_notes_below_the_last_goods_line_of_a_list_without_a_total_are_its_footer() -> None:
    """A hostile trial: payment terms and the bank written in the No. column under a list with no total refused the
    whole file ('the description is empty'); a note between goods lines is still a line to fix."""
    header = "No,Description,Quantity,Unit,Unit price,Amount USD,Net weight kg,Origin\n"
    lines = (
        "1,Dried apricots,6000,kg,3.20,19200.00,6000,Uzbekistan\n2,Raisins black,4000,kg,2.10,8400.00,4000,Uzbekistan\n"
    )
    notes = "\nPayment terms: 30% advance,,,,,,,\nBank: Asaka Bank SWIFT ASACUZ22,,,,,,,\n"
    descriptions, problems, _ = _read(lines + notes, header)
    assert descriptions == ["Dried apricots", "Raisins black"]
    assert problems == [
        (
            None,
            "2 rows below the last goods line read as the footer and left out: 'Payment terms: 30% "
            "advance' (line 5 of the file), 'Bank: Asaka Bank SWIFT ASACUZ22' (line 6 of the file)",
        )
    ]
    between = lines.replace("\n2,", "\nSee attached list,,,,,,,\n2,", 1)
    descriptions, problems, _ = _read(between, header)
    assert (2, "the description is empty (line 3 of the file)") in problems
    for last in ("See attached list,,,,,,,\n3,Spare seal kit,,,,,,\n", "3,,,,,,,\n4,Spare seal kit,,,,,,\n"):
        descriptions, problems, _ = _read(lines + last, header)  # a review: goods after a note are no footer
        assert descriptions[-1] == "Spare seal kit" and not [p for p in problems if "footer" in p[1]]
