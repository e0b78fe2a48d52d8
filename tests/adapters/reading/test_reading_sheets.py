"""Which sheet of a workbook is the list: hidden sheets, the tab it opens on, other sheets with lists, and a
sheet whose far cell would make the reader lay out billions of empty cells."""

import io
import zipfile

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font

from adapters.reading import PolarsProductListReader
from application.ports.reader import UnusableFile
from domain.goods.problems import Severity
from domain.goods.product_list import ProductList

reader = PolarsProductListReader()
HEADER = ["Description", "Quantity", "Amount, USD"]


def _book(*sheets: tuple[str, list[list[object]]], hidden: str | None = None, active: int = 0) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    if hidden:
        book[hidden].sheet_state = "hidden"
    book.active = active
    saved = io.BytesIO()
    book.save(saved)
    return saved.getvalue()


def _warnings(listing: ProductList) -> list[str]:
    return [problem.reason for problem in listing.problems if problem.severity is Severity.WARNING]


def test_a_hidden_draft_sheet_is_not_the_list_and_the_warning_says_so() -> None:
    data = _book(
        ("old draft", [HEADER, ["Draft TV set", 1, 10]]),
        ("Invoice", [HEADER, ["Refrigerator", 12, 3600], ["Sunflower oil", 100, 250]]),
        hidden="old draft",
        active=1,
    )

    listing = reader.read(data, "invoice.xlsx")

    assert [line.description for line in listing.lines] == ["Refrigerator", "Sunflower oil"]
    assert any("hidden sheet 'old draft' also holds a list and was not read" in note for note in _warnings(listing))


def test_two_visible_sheets_with_the_same_header_are_both_read_in_the_workbooks_order_and_named() -> None:
    """Once only the tab the workbook opens on was read, and the goods of the other sheet were left out with a
    warning a broker could miss (ADR 0034): now both are read, and the warning says how to read only one."""
    data = _book(
        ("Invoice 57", [HEADER, ["LED TV 55 inch", 100, 30000]]),
        ("Invoice 58", [HEADER, ["Refrigerator", 12, 3600]]),
        active=1,
    )

    listing = reader.read(data, "invoice.xlsx")

    assert [line.description for line in listing.lines] == ["LED TV 55 inch", "Refrigerator"]
    assert any("'Invoice 57' (1 line) and 'Invoice 58' (1 line)" in note for note in _warnings(listing))


def test_in_a_workbook_of_several_sheets_a_place_names_the_sheet_read() -> None:
    title = [["Proforma invoice 12"], ["Seller: X"], ["Buyer: Y"]]
    goods = [["Description", "Qty", "Amount, USD", "Net kg"], ["Tea", 1, 10, 1], ["Laptop", 2, 20, None]]
    several = reader.read(_book(("Cover", title), ("Goods", goods)), "invoice.xlsx")
    one = reader.read(_book(("Goods", goods)), "invoice.xlsx")
    assert [line.place for line in several.lines] == [f"spreadsheet row {n} on sheet 'Goods'" for n in (2, 3)]
    assert [str(problem) for problem in several.lines[1].problems] == [
        "row 2, column 'Net kg': empty — the item this line goes into needs a net mass (spreadsheet row 3 on sheet "
        "'Goods')"
    ]
    assert [line.place for line in one.lines] == ["spreadsheet row 2", "spreadsheet row 3"]


def test_a_sheet_reaching_the_last_cell_of_excel_is_refused_in_one_sentence() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(["Refrigerator", 12, 3600])
    sheet["XFD1048576"] = "x"
    saved = io.BytesIO()
    book.save(saved)

    with pytest.raises(UnusableFile, match=r"as far as column XFD and row 1,048,576, 1,048,576 rows by 16,384 columns"):
        reader.read(saved.getvalue(), "far.xlsx")


def test_one_far_value_within_the_columns_allowed_is_refused_before_gigabytes_are_laid_out() -> None:
    """SF200000 is 200,000 rows by 500 columns: laid out, 5 GB and 26 s for one stray value."""
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(["Refrigerator", 12, 3600])
    sheet["SF200000"] = "x"
    saved = io.BytesIO()
    book.save(saved)

    with pytest.raises(UnusableFile, match=r"as far as column SF and row 200,000, 200,000 rows by 500 columns"):
        reader.read(saved.getvalue(), "sparse.xlsx")


def test_hidden_rows_below_the_header_are_not_declared_and_the_warning_names_them() -> None:
    book = Workbook()
    sheet = book.active
    for row in [
        HEADER,
        ["Refrigerator", 12, 3600],
        ["CANCELLED: LED TV 55 inch", 100, 30000],
        ["Sunflower oil", 100, 250],
    ]:
        sheet.append(row)
    sheet.row_dimensions[3].hidden = True
    saved = io.BytesIO()
    book.save(saved)

    listing = reader.read(saved.getvalue(), "invoice.xlsx")

    assert [line.description for line in listing.lines] == ["Refrigerator", "Sunflower oil"]
    assert "hidden rows are not read (spreadsheet row 3): show them in the sheet to declare them" in _warnings(listing)


def _with_sheet_xml(data: bytes, written: bytes, instead: bytes) -> bytes:
    """The workbook with a piece of its sheet's XML written otherwise (openpyxl writes no width or height of 0)."""
    rewritten = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(rewritten, "w") as target:
        for item in source.infolist():
            part = source.read(item)
            target.writestr(item, part.replace(written, instead) if item.filename.endswith("sheet1.xml") else part)
    return rewritten.getvalue()


def _saved(book: Workbook) -> bytes:
    saved = io.BytesIO()
    book.save(saved)
    return saved.getvalue()


def test_a_hidden_description_column_is_not_read_and_the_warning_names_it() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Description", *HEADER])
    sheet.append(["Ammunition", "Cotton T-shirts", 10, 20])
    sheet.append(["Firearms", "Steel screws", 100, 10])
    sheet.column_dimensions["A"].hidden = True

    listing = reader.read(_saved(book), "invoice.xlsx")

    assert [line.description for line in listing.lines] == ["Cotton T-shirts", "Steel screws"]
    assert "hidden columns are not read (A): show them in the sheet to declare them" in _warnings(listing)


def test_a_hidden_column_on_a_sheet_of_several_is_named_by_its_letter_on_that_sheet() -> None:
    data = _book(
        ("Container 1", [HEADER, ["Black tea", 1, 5]]),
        ("Container 2", [[None, "Description", *HEADER], [None, "Ammunition", "Cotton T-shirts", 10, 20]]),
    )
    book = load_workbook(io.BytesIO(data))
    book["Container 2"].column_dimensions["B"].hidden = True

    listing = reader.read(_saved(book), "invoice.xlsx")

    assert [line.description for line in listing.lines] == ["Black tea", "Cotton T-shirts"]
    assert "sheet 'Container 2': hidden columns are not read (B): show them in the sheet to declare them" in (
        _warnings(listing)
    )


def test_a_column_0_wide_is_hidden_and_not_read() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append([*HEADER, "Amount, USD"])
    sheet.append(["Refrigerator", 12, 99999, 3600])
    data = _with_sheet_xml(_saved(book), b"<sheetData>", b'<cols><col min="3" max="3" width="0"/></cols><sheetData>')

    listing = reader.read(data, "invoice.xlsx")

    assert [line.value.amount for line in listing.lines if line.value] == [3600]
    assert "hidden columns are not read (C): show them in the sheet to declare them" in _warnings(listing)


def test_hidden_columns_that_hold_nothing_are_not_named() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(["Refrigerator", 12, 3600])
    data = _with_sheet_xml(
        _saved(book), b"<sheetData>", b'<cols><col min="4" max="16384" hidden="1"/></cols><sheetData>'
    )

    listing = reader.read(data, "invoice.xlsx")

    assert [line.description for line in listing.lines] == ["Refrigerator"]
    assert not any("hidden columns" in warning for warning in _warnings(listing))


def test_a_row_0_high_is_hidden_and_named_as_a_hidden_row() -> None:
    book = Workbook()
    sheet = book.active
    for row in [HEADER, ["Refrigerator", 12, 3600], ["CANCELLED: LED TV 55 inch", 100, 30000]]:
        sheet.append(row)
    data = _with_sheet_xml(_saved(book), b'<row r="3">', b'<row r="3" ht="0" customHeight="1">')

    listing = reader.read(data, "invoice.xlsx")

    assert [line.description for line in listing.lines] == ["Refrigerator"]
    assert "hidden rows are not read (spreadsheet row 3): show them in the sheet to declare them" in _warnings(listing)


def test_a_sheet_name_with_an_ampersand_is_checked_like_any_other() -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Goods & Prices"
    sheet.append(HEADER)
    sheet.append(["Refrigerator", 12, 3600])
    sheet["XFD1048576"] = "x"
    saved = io.BytesIO()
    book.save(saved)

    with pytest.raises(UnusableFile, match="sheet 'Goods & Prices' has cells as far as column XFD"):
        reader.read(saved.getvalue(), "far.xlsx")


def test_a_far_cell_with_a_format_only_is_no_reason_to_refuse_the_list() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(["Refrigerator", 12, 3600])
    sheet["XFD7000"].font = Font(bold=True)
    saved = io.BytesIO()
    book.save(saved)

    assert [line.description for line in reader.read(saved.getvalue(), "invoice.xlsx").lines] == ["Refrigerator"]


def test_a_mass_written_as_text_that_reads_two_ways_is_warned_about_in_a_workbook() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append([*HEADER, "Net weight kg"])
    sheet.append(["Wheat flour", 10000, 3800, "10.000"])  # text: 10 000 kg or 10 kg
    sheet.append(["Refrigerator", 12, 4920, 876])
    saved = io.BytesIO()
    book.save(saved)

    listing = reader.read(saved.getvalue(), "invoice.xlsx")

    assert any("'10.000' could be read two ways" in warning for warning in _warnings(listing))


def test_a_number_cell_like_12_345_is_no_two_way_reading() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append([*HEADER, "Net weight kg"])
    sheet.append(["Wheat flour", 10, 38, 12.345])
    saved = io.BytesIO()
    book.save(saved)

    listing = reader.read(saved.getvalue(), "invoice.xlsx")

    assert not any("could be read two ways" in warning for warning in _warnings(listing))


def test_a_list_only_on_a_hidden_sheet_is_refused_naming_that_sheet() -> None:
    """The visible sheet was read instead, and the error said only that it had no description column."""
    data = _book(("Goods", [HEADER, ["Refrigerator", 12, 3600]]), ("Cover", [["See the goods sheet"]]),
                 hidden="Goods", active=1)  # fmt: skip
    with pytest.raises(UnusableFile) as raised:
        reader.read(data, "invoice.xlsx")
    assert str(raised.value).startswith(
        "invoice.xlsx holds its list only on hidden sheet(s) 'Goods', and no visible sheet has one; unhide the sheet"
    )


def test_one_far_right_cell_is_refused_before_the_sheet_is_laid_out() -> None:
    """A cell at XFD1200 (just under the cells limit) is refused for its width: laid out, XFD6100 took 100 s and
    5 GB."""
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(["Refrigerator", 12, 3600])
    sheet["XFD1200"] = "x"
    saved = io.BytesIO()
    book.save(saved)

    with pytest.raises(UnusableFile) as raised:
        reader.read(saved.getvalue(), "far.xlsx")
    assert str(raised.value) == (
        "far.xlsx: sheet 'Sheet' has cells as far as column XFD, 16,384 columns; the most a list may have is 500. "
        "Delete the cells right of the list and upload it again."
    )


def test_a_workbook_of_one_chart_sheet_is_called_empty_naming_the_sheet() -> None:
    """An empty sheet (a chart sheet reads as one) was refused as '... is empty.' with no sheet named."""
    book = Workbook()
    book.active.title = "Chart"
    saved = io.BytesIO()
    book.save(saved)
    with pytest.raises(UnusableFile, match=r"^empty\.xlsx is empty: sheet 'Chart' has no cells\.$"):
        reader.read(saved.getvalue(), "empty.xlsx")
