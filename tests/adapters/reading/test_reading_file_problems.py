"""Files that are not product lists raise UnusableFile with one sentence naming the file."""

import io
import zipfile

import pytest
from openpyxl import Workbook
from tests.adapters.reading import invoices

from adapters.reading import PolarsProductListReader, ReadingLimits
from adapters.reading.limits import sizes_apart
from application.ports.reader import UnusableFile

reader = PolarsProductListReader()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "list.csv is empty."),
        (b"\xef\xbb\xbf\r\n  \r\n", "list.csv is empty."),
        (invoices.pdf(), "list.csv is a PDF document, not a spreadsheet"),
        (
            invoices.old_excel(),
            "list.csv is a damaged Excel 97-2003 (.xls) workbook that cannot be opened; open it in Excel and save it "
            "as .xlsx.",
        ),
        (invoices.encrypted_xlsx(), "list.csv is a password-protected workbook"),
        (invoices.zip_bomb(), "which is how zip bombs look"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "list.csv is a PNG image"),
        (b"<html><body><table><tr><td>1</td></tr></table></body></html>", "is a web page"),
        (b"\x00\x01\x02\x03binary\x00\x00\x00\xff\xfe\x00", "holds binary data"),
        (
            b"Qty;Price\n1;2\n",
            "has no column of goods descriptions (such as 'Description' or 'Наименование товара') "
            "in its first 30 rows; the headers found are: 'Qty', 'Price'.",
        ),
        (b"Description;Qty\n", "has a header but no product lines below it"),
    ],
)
def test_unusable_files_are_named_in_one_sentence(data: bytes, message: str) -> None:
    with pytest.raises(UnusableFile) as raised:
        reader.read(data, "list.csv")
    assert message in str(raised.value)
    assert str(raised.value).startswith("list.csv ")


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        ({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"}, "(.ods)"),
        ({"word/document.xml": b"<w/>"}, "is a Word document"),
        ({"photo.jpg": b"\xff\xd8\xff"}, "is a zip archive, not an .xlsx workbook"),
    ],
)
def test_zips_that_are_not_workbooks(parts: dict[str, bytes], message: str) -> None:
    with pytest.raises(UnusableFile, match=message.replace("(", r"\(").replace(")", r"\)")):
        reader.read(_zip(parts), "goods.xlsx")


def test_a_damaged_workbook() -> None:
    data = _zip({"xl/workbook.xml": b"<not really/>", "[Content_Types].xml": b"<Types/>"})
    with pytest.raises(UnusableFile, match=r"^goods\.xlsx is a damaged"):
        reader.read(data, "goods.xlsx")


def test_a_named_description_column_that_is_not_there() -> None:
    with pytest.raises(UnusableFile, match="has no column 'Товар'; the headers found are: 'Description', 'Qty'"):
        reader.read(b"Description;Qty\nPump;2\n", "inv.csv", named_columns={"description": "Товар"})


def test_descriptions_without_a_header_row_are_told_to_get_one() -> None:
    data = "Kir ýuwýan maşyn, awtomatik, 6 kg\nPortlandsement, 50 kg haltalarda, Eýran\n".encode()
    with pytest.raises(UnusableFile) as raised:
        reader.read(data, "goods.txt")
    assert str(raised.value).endswith(
        "the headers found are: 'Kir ýuwýan maşyn', 'awtomatik', '6 kg'. If these are the descriptions themselves, "
        "add a header row such as 'Description' above the descriptions (in a CSV or text file, put a description "
        "holding a comma in quotes)."
    )


def test_header_words_without_descriptions_are_not_taken_for_descriptions() -> None:
    with pytest.raises(UnusableFile) as raised:
        reader.read(b"Qty;Price\n1;2\n", "goods.csv")
    assert str(raised.value).endswith("the headers found are: 'Qty', 'Price'.")


def test_limits_on_size_rows_columns_cells_and_unpacking() -> None:
    small = PolarsProductListReader(
        ReadingLimits(max_bytes=10_000, max_rows=3, max_columns=4, max_cell_chars=20, max_uncompressed_xlsx_bytes=5_000)
    )
    with pytest.raises(UnusableFile, match=r"inv.csv is 11.7 KB; the largest list accepted is 9.8 KB"):
        small.read(b"Description\n" + b"x\n" * 6000, "inv.csv")
    with pytest.raises(UnusableFile, match="has 5 rows; the most a list may have is 3"):
        small.read(b"Description\na\nb\nc\nd\n", "inv.csv")
    with pytest.raises(UnusableFile, match="has a row of more than 4 fields on line 1 of the file"):
        small.read(b"Description;a;b;c;d\nx;1;2;3;4\n", "inv.csv")
    with pytest.raises(
        UnusableFile, match=r"a cell of 30 characters in row 1 \(line 2 of the file\), column 'Description'"
    ):
        small.read(b"Description\n" + b"y" * 30 + b"\n", "inv.csv")
    with pytest.raises(UnusableFile, match=r"a cell of 25 characters in row 1 \(line 2"):  # the first, not the longest
        small.read(b"Description\n" + b"y" * 25 + b"\n" + b"z" * 40 + b"\n", "inv.csv")
    book = Workbook()
    book.active.append(["Description"])
    buffer = io.BytesIO()
    book.save(buffer)
    with pytest.raises(UnusableFile, match="unpacks to"):
        small.read(buffer.getvalue(), "inv.xlsx")


def test_one_stray_cell_far_below_a_short_list_is_no_list_of_a_million_rows() -> None:
    """A hostile trial: an 'x' in A1048576 under nine lines refused the sheet as 1,048,576 rows long."""
    book = Workbook()
    sheet = book.active
    for row in (
        ["No", "Description", "Qty", "Amount"],
        [1, "Gate valve DN50", 40, 4120],
        [2, "Ball valve DN25", 10, 310],
    ):
        sheet.append(row)
    sheet["A1048576"] = "x"
    buffer = io.BytesIO()
    book.save(buffer)
    listing = reader.read(buffer.getvalue(), "list.xlsx")
    assert [line.description for line in listing.lines] == ["Gate valve DN50", "Ball valve DN25"]
    footer = "1 row below the last goods line read as the footer and left out: 'x' (spreadsheet row 1048576)"
    assert footer in [problem.reason for problem in listing.all_problems()]


def test_a_header_of_junk_is_quoted_short() -> None:
    with pytest.raises(UnusableFile) as raised:
        reader.read(b"D" * 5000 + b"\n" + b"E" * 5000 + b"\n", "junk.csv")
    assert len(str(raised.value)) < 250


def test_a_size_just_over_the_limit_is_not_told_as_equal_to_it() -> None:
    limit = 1024 * 1024 * 1024
    assert sizes_apart(limit + 500, limit) == ("1,073,742,324 bytes", "1,073,741,824 bytes")
    assert sizes_apart(12_345_678, 10_000_000) == ("11.8 MB", "9.5 MB")
