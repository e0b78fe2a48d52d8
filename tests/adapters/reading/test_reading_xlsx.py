"""XLSX product lists: title block, merged two-row headers, total row, sheets, and the openpyxl fallback."""

import io
from decimal import Decimal

from openpyxl import Workbook
from tests.adapters.reading import invoices

from adapters.reading import PolarsProductListReader
from adapters.reading.xlsx_table import Workbook as ReadableWorkbook
from domain.goods.problems import Severity
from domain.measures import Mass, Money, Quantity

reader = PolarsProductListReader()


def test_english_invoice_below_a_title_block_with_a_merged_two_row_header() -> None:
    listing = reader.read(invoices.english_xlsx(), "CAT-0091.xlsx")
    assert len(listing.lines) == 6
    assert listing.columns["net_mass"] == "Weight, kg / Net"
    assert listing.columns["gross_mass"] == "Weight, kg / Gross"
    assert listing.currency == "USD"
    cooker = listing.lines[1]
    assert cooker.row == 2
    assert cooker.description == "Gas cooker, 4 burners, with oven"
    assert cooker.quantity == Quantity(Decimal(25), "H87")
    assert cooker.value == Money(Decimal("3637.5"), "USD")
    assert cooker.net_mass == Mass(Decimal(1050))
    assert cooker.gross_mass == Mass(Decimal(1175))
    assert cooker.origin == "TR"
    assert listing.lines[2].declared_code == "0710210000"


def test_the_total_row_is_kept_as_printed_totals_and_agrees_with_the_lines() -> None:
    listing = reader.read(invoices.english_xlsx(), "CAT-0091.xlsx")
    assert listing.totals.value == Decimal("28552.5")
    assert listing.totals.net_mass == Decimal(19350)
    assert [p.severity for p in listing.problems] == [Severity.WARNING]
    assert listing.problems[0].reason == (
        "1 row below the total read as the footer and left out: 'Authorised signature ______________' (spreadsheet "
        "row 16)"
    )


def test_a_total_that_disagrees_with_the_lines_is_a_warning_naming_the_column() -> None:
    listing = reader.read(invoices.english_xlsx(total_value=Decimal("28000")), "CAT-0091.xlsx")
    mismatch = [p for p in listing.problems if "printed total" in p.reason]
    assert len(mismatch) == 1
    assert mismatch[0].column == "Amount, USD"
    assert mismatch[0].severity is Severity.WARNING
    assert "28000" in mismatch[0].reason
    assert "28552.5" in mismatch[0].reason
    assert "spreadsheet row 15" in mismatch[0].reason


def test_problems_name_the_spreadsheet_row_too() -> None:
    data = invoices.sheet_xlsx([["Invoice 7"], [], ["Description", "Qty"], ["Drill", "lots"]])
    (problem,) = reader.read(data, "inv.xlsx").lines[0].problems
    assert (problem.row, problem.column) == (1, "Qty")
    assert problem.reason == "'lots' is not a number (spreadsheet row 4)"


def test_blank_rows_are_skipped_and_numbering_counts_rows_below_the_header() -> None:
    data = invoices.sheet_xlsx([["Description", "Qty"], ["Drill", 2], [], [None, None], ["Saw", 3]])
    listing = reader.read(data, "inv.xlsx")
    assert [(line.row, line.description) for line in listing.lines] == [(1, "Drill"), (4, "Saw")]


def test_a_vertically_merged_origin_applies_to_every_row_it_spans() -> None:
    rows: list[list[object]] = [
        ["Description", "Qty", "Origin"],
        ["Bolts M8", 100, "China"],
        ["Nuts M8", 100, None],
        ["Washers", 50, None],
    ]
    listing = reader.read(invoices.sheet_xlsx(rows, merges=("C2:C4",)), "inv.xlsx")
    assert [line.origin for line in listing.lines] == ["CN", "CN", "CN"]


def test_the_sheet_holding_the_list_is_chosen_among_several() -> None:
    book = Workbook()
    book.active.title = "Cover"
    book.active.append(["Packing list for contract 14/2026"])
    goods = book.create_sheet("Goods")
    goods.append(["Наименование", "Кол-во", "Ед. изм."])
    goods.append(["Кабель силовой", 250, "м"])
    buffer = io.BytesIO()
    book.save(buffer)
    listing = reader.read(buffer.getvalue(), "pack.xlsx")
    assert listing.lines[0].quantity == Quantity(Decimal(250), "MTR")


def test_openpyxl_reads_what_calamine_cannot() -> None:
    workbook = ReadableWorkbook(invoices.sheet_xlsx([["Description", "Qty"], ["Pump", 2]]), "pump.xlsx")
    workbook._calamine = None  # as after calamine failed on the file
    table = workbook.sheet(workbook.sheet_names[0])
    assert table.frame.rows() == [("Description", "Qty"), ("Pump", "2")]


def test_numeric_cells_keep_their_exact_value() -> None:
    data = invoices.sheet_xlsx([["Description", "Net weight, g", "Amount"], ["Screws", 1250, 0.1 + 0.2]])
    line = reader.read(data, "inv.xlsx").lines[0]
    assert line.net_mass == Mass(Decimal("1.250"))
    assert line.value is not None and line.value.amount == Decimal("0.3")


def test_a_table_that_starts_away_from_a1_keeps_its_merged_header() -> None:
    book = Workbook()
    sheet = book.active
    sheet["C3"], sheet["D3"], sheet["E3"] = "Наименование", "Вес, кг", None
    sheet["D4"], sheet["E4"] = "нетто", "брутто"
    sheet.merge_cells("D3:E3")
    sheet.merge_cells("C3:C4")
    sheet["C5"], sheet["D5"], sheet["E5"] = "Цемент", 1000, 1010
    buffer = io.BytesIO()
    book.save(buffer)
    listing = reader.read(buffer.getvalue(), "cement.xlsx")
    assert listing.columns["net_mass"] == "Вес, кг / нетто"
    assert listing.lines[0].gross_mass == Mass(Decimal(1010))
    assert listing.lines[0].row == 1


def test_the_list_is_found_on_a_sheet_after_the_eighth() -> None:
    book = Workbook()
    book.active.title = "Cover"
    for number in range(1, 11):
        book.create_sheet(f"Notes {number}").append([f"Page {number} of the contract"])
    goods = book.create_sheet("Goods")
    goods.append(["Description", "Qty"])
    goods.append(["Olive oil 1 l", 100])
    buffer = io.BytesIO()
    book.save(buffer)
    listing = reader.read(buffer.getvalue(), "many-sheets.xlsx")
    assert [line.description for line in listing.lines] == ["Olive oil 1 l"]


def test_a_number_cell_keeps_its_value_in_a_column_of_text_with_decimal_commas() -> None:
    rows: list[list[object]] = [
        ["Description", "Net weight, kg", "Gross weight, kg"],
        ["Ball bearings", 12.345, 13],
        ["Roller chain", "2,5", "2,75"],
        ["V-belt", "3,2", "3,6"],
        ["Oil seal", -1.125, 2.5],
    ]
    data = invoices.sheet_xlsx(rows)
    listing = reader.read(data, "bearings.xlsx")
    assert [line.net_mass for line in listing.lines] == [
        Mass(Decimal("12.345")),
        Mass(Decimal("2.5")),
        Mass(Decimal("3.2")),
        Mass(Decimal("-1.125")),
    ]
    workbook = ReadableWorkbook(data, "bearings.xlsx")
    workbook._calamine = None  # openpyxl knows the numbers too
    assert workbook.sheet(workbook.sheet_names[0]).number_cells(frozenset({1})) == {(1, 1), (4, 1)}


def test_excel_errors_are_row_errors_naming_the_column() -> None:
    rows: list[list[object]] = [
        ["Description", "Amount, USD", "Net weight, kg", "Origin"],
        ["Copper wire", 9000, 1500, "KZ"],
        ["Aluminium sheet", "#REF!", 2000, "KZ"],
        ["Steel sheet", 2400, "#N/A", "#VALUE!"],
        ["Brass rod", "#DIV/0!", 10, "KZ"],
    ]
    listing = reader.read(invoices.sheet_xlsx(rows), "metals.xlsx")
    assert [[str(p) for p in line.problems] for line in listing.lines] == [
        [],
        ["row 2, column 'Amount, USD': #REF! is an Excel error, not a number (spreadsheet row 3)"],
        [
            "row 3, column 'Origin': #VALUE! is an Excel error, not a country (spreadsheet row 4)",
            "row 3, column 'Net weight, kg': #N/A is an Excel error, not a number (spreadsheet row 4)",
        ],
        ["row 4, column 'Amount, USD': #DIV/0! is an Excel error, not a number (spreadsheet row 5)"],
    ]
    assert listing.lines[2].origin is None


def test_calamine_and_openpyxl_both_read_an_error_cell_as_its_code() -> None:
    workbook = ReadableWorkbook(invoices.sheet_xlsx([["Description", "Qty"], ["Pump", "#N/A"]]), "pump.xlsx")
    assert workbook.sheet(workbook.sheet_names[0]).frame.row(1) == ("Pump", "#N/A")
    workbook._calamine = None
    assert workbook.sheet(workbook.sheet_names[0]).frame.row(1) == ("Pump", "#N/A")


def test_a_line_merged_over_two_rows_is_one_line_and_a_merged_description_over_figured_rows_fills_them() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["No.", "Description", "Qty", "Amount USD"])
    sheet.append([1, "Diesel generator set 100 kVA", 2, 13700])
    sheet.append([])
    for column in "ABCD":
        sheet.merge_cells(f"{column}2:{column}3")
    sheet.append([2, "Steel pipe", 10, 500])
    sheet.append([3, None, 20, 1100])  # the pipe's description merged over its two sizes
    sheet.merge_cells("B4:B5")
    buffer = io.BytesIO()
    book.save(buffer)
    listing = reader.read(buffer.getvalue(), "merged.xlsx")
    assert [(line.description, str(line.value.amount) if line.value else None) for line in listing.lines] == [
        ("Diesel generator set 100 kVA", "13700"), ("Steel pipe", "500"), ("Steel pipe", "1100")
    ]  # fmt: skip
    assert listing.lines[0].problems == []
