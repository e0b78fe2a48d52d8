"""A workbook with its goods on several sheets (one per invoice or container) is read as one list, in the
workbook's order, each line's place naming its sheet; sheets without a goods table are skipped; a broker may name
the sheets to read; each sheet's printed total is checked against that sheet's lines alone (ADR 0034)."""

import io
from decimal import Decimal

import pytest
from openpyxl import Workbook
from tests.adapters.reading.invoices import sheets_xlsx

from adapters.reading import PolarsProductListReader
from application.ports.reader import UnusableFile
from domain.goods.problems import Severity
from domain.goods.product_list import ProductList
from domain.measures import Mass, Money

reader = PolarsProductListReader()
HEADER = ["Description", "Quantity", "Amount, USD", "Net weight, kg"]
FIRST = [["Container MSKU 100200-1"], HEADER, ["Refrigerator", 12, 3600, 840], ["Washing machine", 5, 1500, 325]]
SECOND = [["Container MSKU 100200-2"], [], HEADER, ["Sunflower oil", 100, 250, 92], ["LED TV 55 inch", 4, "x", 60]]
_NB = "\u00a0"


def _warnings(listing: ProductList) -> list[str]:
    return [problem.reason for problem in listing.all_problems() if problem.severity is Severity.WARNING]


def test_the_goods_of_two_sheets_are_one_list_each_line_placed_on_its_sheet() -> None:
    listing = reader.read(sheets_xlsx(("Лист1", FIRST), ("Лист2", SECOND)), "invoice.xlsx")

    assert [(line.description, line.place) for line in listing.lines] == [
        ("Refrigerator", "spreadsheet row 3 on sheet 'Лист1'"),
        ("Washing machine", "spreadsheet row 4 on sheet 'Лист1'"),
        ("Sunflower oil", "spreadsheet row 4 on sheet 'Лист2'"),
        ("LED TV 55 inch", "spreadsheet row 5 on sheet 'Лист2'"),
    ]
    rows = [line.row for line in listing.lines]
    assert rows == sorted(set(rows)), "rows stay unique and in the workbook's order"
    (error,) = listing.errors
    assert (error.row, error.column) == (listing.lines[3].row, "Amount, USD")
    assert error.reason == "'x' is not a number (spreadsheet row 5 on sheet 'Лист2')"
    assert (
        "the goods of 2 sheets are read as one list, in the workbook's order: 'Лист1' (2 lines) and 'Лист2' "
        "(2 lines); to read only some of them, name them (--sheet NAME, or the upload form's Sheets)"
    ) in _warnings(listing)


def test_a_sheet_level_warning_names_its_sheet() -> None:
    listing = reader.read(sheets_xlsx(("Invoice 1", FIRST), ("Invoice 2", SECOND)), "invoice.xlsx")

    assert "sheet 'Invoice 2': there is no unit column; quantities are taken as pieces (H87)" in _warnings(listing)


def test_a_cover_a_terms_sheet_and_an_empty_template_are_not_read_as_goods() -> None:
    cover = [["COMMERCIAL INVOICE No. 58"], ["Seller: Arçelik A.Ş."], ["Buyer: Aşgabat Söwda HJ"]]
    terms = [["Terms of delivery: CPT Ashgabat"], ["Payment: 100 % prepayment"]]
    data = sheets_xlsx(("Cover", cover), ("Лист1", FIRST), ("Terms", terms), ("Лист2", SECOND), ("Лист3", [HEADER]))

    listing = reader.read(data, "invoice.xlsx")

    assert [line.place for line in listing.lines][::2] == [
        "spreadsheet row 3 on sheet 'Лист1'",
        "spreadsheet row 4 on sheet 'Лист2'",
    ]
    assert len(listing.lines) == 4
    assert "sheet 'Лист3' has a header but no product lines below it; it is not read" in _warnings(listing)
    assert not [warning for warning in _warnings(listing) if "'Cover'" in warning or "'Terms'" in warning]


def test_a_named_sheet_is_the_only_one_read() -> None:
    data = sheets_xlsx(("Лист1", FIRST), ("Лист2", SECOND))

    listing = reader.read(data, "invoice.xlsx", sheets=["Лист2"])

    assert [line.description for line in listing.lines] == ["Sunflower oil", "LED TV 55 inch"]
    assert listing.lines[0].place == "spreadsheet row 4 on sheet 'Лист2'"
    assert not [warning for warning in _warnings(listing) if "Лист1" in warning]
    assert [line.description for line in reader.read(data, "invoice.xlsx", sheets=[" лист1"]).lines] == [
        "Refrigerator",
        "Washing machine",
    ], "case and surrounding spaces aside"


def test_named_sheets_are_named_as_read_without_telling_the_broker_to_name_them() -> None:
    listing = reader.read(sheets_xlsx(("Лист1", FIRST), ("Лист2", SECOND)), "invoice.xlsx", sheets=["Лист1", "Лист2"])

    assert (
        "the goods of 2 sheets are read as one list, in the workbook's order: 'Лист1' (2 lines) and 'Лист2' (2 lines)"
    ) in _warnings(listing)
    assert not [warning for warning in _warnings(listing) if "--sheet" in warning]


def test_an_unknown_sheet_is_refused_listing_the_workbooks_sheets() -> None:
    with pytest.raises(UnusableFile) as refused:
        reader.read(sheets_xlsx(("Cover", [["Invoice"]]), ("Лист1", FIRST), ("Лист2", SECOND)), "invoice.xlsx",
                    sheets=["Лист1", "Sheet3"])  # fmt: skip
    assert str(refused.value) == "invoice.xlsx has no sheet 'Sheet3'; its sheets are 'Cover', 'Лист1' and 'Лист2'."


def test_a_named_sheet_without_a_goods_table_is_an_error_naming_it_never_left_out_in_silence() -> None:
    data = sheets_xlsx(("Cover", [["COMMERCIAL INVOICE No. 58"], ["Seller: Arçelik A.Ş."]]), ("Лист1", FIRST))
    with pytest.raises(UnusableFile, match=r"^sheet 'Cover': invoice\.xlsx has no column of goods descriptions"):
        reader.read(data, "invoice.xlsx", sheets=["Лист1", "Cover"])


def test_a_csv_has_no_sheet_to_name() -> None:
    with pytest.raises(UnusableFile, match=r"^list\.csv is a CSV file, which has no sheets; 'Лист1' cannot be read\.$"):
        reader.read(b"Description;Quantity;Amount\nTea;1;10\n", "list.csv", sheets=["Лист1"])


def _with_total(rows: list[list[object]], total: list[object]) -> list[list[object]]:
    return [*rows, total]


def test_each_sheets_printed_total_is_checked_against_its_own_lines_only() -> None:
    first = _with_total(FIRST, ["TOTAL", 17, 5100, 1165])
    second = _with_total(SECOND[:-1], ["TOTAL", 100, 250, 92])
    agreeing = reader.read(sheets_xlsx(("Invoice 1", first), ("Invoice 2", second)), "invoice.xlsx")
    assert not [warning for warning in _warnings(agreeing) if "printed total" in warning]
    assert agreeing.totals.value == Decimal(5350)

    wrong = _with_total(SECOND[:-1], ["TOTAL", 100, 260, 92])
    listing = reader.read(sheets_xlsx(("Invoice 1", first), ("Invoice 2", wrong)), "invoice.xlsx")
    (differs,) = [warning for warning in _warnings(listing) if "printed total" in warning]
    assert differs.startswith("the printed total 260 differs from the sum of the lines 250 by 10")
    assert "on sheet 'Invoice 2'" in differs


def test_a_two_way_figure_is_settled_by_the_total_of_its_own_sheet() -> None:
    """'60,000' kg is 60 because sheet 2's total says so; sheet 1's lines and total do not enter its sum."""
    broker = [
        ["№ п/п", "Наименование товара", "Кол-во", "Вес нетто, кг", "Цена, USD", "Стоимость, USD"],
        [1, "Ноутбук ASUS VivoBook 15,6", 30, "60,000", "450,00", f"13{_NB}500,00"],
        [2, "Плитка керамогранитная 60х60", 800, f"17{_NB}600", "9,80", f"7{_NB}840,00"],
        ["Итого", None, None, f"17{_NB}660", None, f"21{_NB}340,00"],
    ]
    first = _with_total(FIRST, ["TOTAL", 17, 5100, 1165])

    listing = reader.read(sheets_xlsx(("Invoice 1", first), ("Перечень", broker)), "invoice.xlsx")

    laptops = listing.lines[2]
    assert (laptops.description, laptops.net_mass) == ("Ноутбук ASUS VivoBook 15,6", Mass(Decimal(60)))
    assert "as the printed total 17660 of column 'Вес нетто, кг' settled it" in laptops.problems[0].reason
    assert laptops.problems[0].reason.endswith("(spreadsheet row 2 on sheet 'Перечень')")
    assert listing.lines[0].value == Money(Decimal(3600), "USD")
    assert not [warning for warning in _warnings(listing) if "differs from the sum" in warning]


def test_a_sheet_copied_cell_for_cell_is_an_error_unless_the_sheets_are_named() -> None:
    data = sheets_xlsx(("Invoice", FIRST), ("Invoice (2)", FIRST))

    listing = reader.read(data, "invoice.xlsx")

    assert [problem.reason for problem in listing.errors] == [
        "sheets 'Invoice' and 'Invoice (2)' hold the same rows, cell for cell: read both, their goods are declared "
        "twice; name the sheets to read (--sheet NAME, or the upload form's Sheets)"
    ]
    both = reader.read(data, "invoice.xlsx", sheets=["Invoice", "Invoice (2)"])
    assert len(both.lines) == 4 and not both.errors


def test_chunks_of_several_sheets_keep_their_rows_and_the_file_problems_come_last() -> None:
    chunks = list(reader.read_chunks(sheets_xlsx(("Лист1", FIRST), ("Лист2", SECOND)), "invoice.xlsx", chunk_rows=1))

    assert [chunk.sheet for chunk in chunks] == ["Лист1", "Лист1", "Лист2", "Лист2"]
    assert [line.row for chunk in chunks for line in chunk.lines] == [1, 2, 3, 4]
    assert any("read as one list" in problem.reason for problem in chunks[-1].problems)


def test_each_packing_list_gives_its_masses_to_the_invoice_sheet_it_lists_line_by_line() -> None:
    invoice = ["Description", "Quantity", "Amount, USD"]
    packing = ["Description", "Quantity", "Packages", "Net weight, kg", "Gross weight, kg"]
    data = sheets_xlsx(
        ("Invoice 1", [invoice, ["Refrigerator", 12, 3600], ["Washing machine", 5, 1500]]),
        ("Invoice 2", [invoice, ["Sunflower oil", 100, 250]]),
        ("Packing 2", [packing, ["Sunflower oil", 100, 10, 92, 95]]),
        ("Packing 1", [packing, ["Refrigerator", 12, 12, 840, 900], ["Washing machine", 5, 5, 325, 350]]),
        ("Packing 3", [packing, ["Dishwasher", 2, 2, 90, 100]]),
    )

    listing = reader.read(data, "invoice.xlsx")

    assert [(line.description, line.net_mass, line.packages) for line in listing.lines] == [
        ("Refrigerator", Mass(Decimal(840)), 12),
        ("Washing machine", Mass(Decimal(325)), 5),
        ("Sunflower oil", Mass(Decimal(92)), 10),
    ]
    assert listing.lines[2].place == "spreadsheet row 2 on sheet 'Invoice 2'"
    warnings = _warnings(listing)
    assert any(
        "taken from sheet 'Packing 1', whose 2 lines list the same goods as sheet 'Invoice 1'" in w for w in warnings
    )
    assert any(
        "taken from sheet 'Packing 2', whose 1 lines list the same goods as sheet 'Invoice 2'" in w for w in warnings
    )
    assert (
        "sheet 'Packing 3' also holds a list and was not read: its lines match those of no sheet read one by one; put "
        "its masses and packages on the sheet of the same goods, or list the same goods in the same order on both"
    ) in warnings


def test_a_named_sheet_without_a_goods_table_read_alone_is_said_to_be_read_as_descriptions() -> None:
    cover = [["COMMERCIAL INVOICE No. 58"], ["Seller: Arçelik A.Ş."], ["Terms: FOB Mersin"]]
    data = sheets_xlsx(("Cover", cover), ("Лист1", FIRST))

    listing = reader.read(data, "invoice.xlsx", sheets=["Cover"])

    assert (
        "sheet 'Cover' holds no goods table (no header of one was found); its rows are read as a plain list of "
        "descriptions"
    ) in _warnings(listing)


def test_a_named_hidden_sheet_is_read_with_a_note_that_it_is_hidden() -> None:
    book = Workbook()
    book.active.title = "Лист1"
    for row in FIRST:
        book.active.append(row)
    draft = book.create_sheet("Draft")
    for row in SECOND:
        draft.append(row)
    draft.sheet_state = "hidden"
    saved = io.BytesIO()
    book.save(saved)

    listing = reader.read(saved.getvalue(), "invoice.xlsx", sheets=["Draft"])

    assert [line.description for line in listing.lines] == ["Sunflower oil", "LED TV 55 inch"]
    assert "sheet 'Draft' is hidden in the workbook; it is read because it was named" in _warnings(listing)
    both = reader.read(saved.getvalue(), "invoice.xlsx", sheets=["Лист1", "Draft"])
    assert "sheet 'Draft' is hidden in the workbook; it is read because it was named" in _warnings(both)


def test_a_problem_names_its_row_on_its_sheet_while_its_row_keys_the_line_in_the_whole_list() -> None:
    """'Лист2' comes after the two rows of 'Лист1': its second row is row 4 of the list, and row 2 of 'Лист2' in the
    message, as its place says."""
    listing = reader.read(sheets_xlsx(("Лист1", FIRST), ("Лист2", SECOND)), "invoice.xlsx")

    (error,) = listing.errors
    assert (error.row, error.sheet, error.sheet_row) == (4, "Лист2", 2)
    assert str(error) == (
        "row 2 on sheet 'Лист2', column 'Amount, USD': 'x' is not a number (spreadsheet row 5 on sheet 'Лист2')"
    )
    first = [problem for line in listing.lines[:2] for problem in line.problems]
    assert all(problem.sheet == "Лист1" and problem.sheet_row == problem.row for problem in first)
