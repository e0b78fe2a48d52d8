"""A struck-through row below the header is a cancelled line: not declared, and named in a warning; a row with
only some cells struck through is declared and named, for the broker to ask."""

import io
import re
import zipfile

import pytest
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Font

from adapters.reading import PolarsProductListReader
from adapters.reading.shared_strings import struck_strings
from domain.goods.problems import Severity
from domain.goods.product_list import ProductList

reader = PolarsProductListReader()
MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRUCK = Font(strike=True)
GOODS = [
    ["No.", "Description", "Quantity", "Amount, USD"],
    [1, "Refrigerator", 12, 3600],
    [2, "LED TV 55 inch", 100, 30000],
    [3, "Sunflower oil", 100, 250],
]


def _saved(rows: list[list[object]], struck: tuple[str, ...] = (), hidden: int | None = None) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for cell in struck:
        sheet[cell].font = STRUCK
    if hidden:
        sheet.row_dimensions[hidden].hidden = True
    saved = io.BytesIO()
    book.save(saved)
    return saved.getvalue()


def _read(rows: list[list[object]], struck: tuple[str, ...] = (), hidden: int | None = None) -> ProductList:
    return reader.read(_saved(rows, struck, hidden), "invoice.xlsx")


def _row_warnings(listing: ProductList) -> list[str]:
    return [p.reason for p in listing.problems if p.severity is Severity.WARNING and "struck" in p.reason]


def test_a_row_struck_through_is_not_declared_and_the_warning_names_it() -> None:
    listing = _read(GOODS, struck=("A3", "B3", "C3", "D3"))
    assert [line.description for line in listing.lines] == ["Refrigerator", "Sunflower oil"]
    assert _row_warnings(listing) == [
        "struck-through rows are not read (spreadsheet row 3): a struck-through line is cancelled"
    ]


def test_a_row_is_cancelled_when_the_cells_the_list_reads_are_struck_through_even_if_its_number_is_not() -> None:
    listing = _read([*GOODS, [4, "Desk", 3, None]], struck=("B3", "C3", "D3", "B5", "C5"))
    assert [line.description for line in listing.lines] == ["Refrigerator", "Sunflower oil"]
    assert _row_warnings(listing) == [
        "struck-through rows are not read (spreadsheet row 3, spreadsheet row 5): a struck-through line is cancelled"
    ]


def test_a_row_with_only_its_description_struck_through_is_declared_and_named() -> None:
    listing = _read(GOODS, struck=("B3",))
    assert [line.description for line in listing.lines] == ["Refrigerator", "LED TV 55 inch", "Sunflower oil"]
    assert _row_warnings(listing) == [
        "rows with some cells struck through are read as written (spreadsheet row 3): if such a line is "
        "cancelled, strike through all its cells or delete it"
    ]


def test_a_description_struck_through_as_rich_text_counts_as_struck_through() -> None:
    rows = [list(row) for row in GOODS]
    rows[2][1] = CellRichText([TextBlock(InlineFont(strike=True), "LED TV "), TextBlock(InlineFont(strike=True), "55")])
    listing = _read(rows, struck=("C3", "D3"))
    assert [line.description for line in listing.lines] == ["Refrigerator", "Sunflower oil"]
    assert len(_row_warnings(listing)) == 1


def test_rich_text_struck_through_in_part_only_leaves_the_row_read() -> None:
    rows = [list(row) for row in GOODS]
    rows[2][1] = CellRichText([TextBlock(InlineFont(strike=True), "LED TV"), TextBlock(InlineFont(), " 55 inch")])
    listing = _read(rows, struck=("C3", "D3"))
    assert [line.description for line in listing.lines] == ["Refrigerator", "LED TV 55 inch", "Sunflower oil"]
    assert "rows with some cells struck through are read as written (spreadsheet row 3)" in _row_warnings(listing)[0]


def test_strikes_above_the_header_or_in_a_column_the_list_does_not_read_say_nothing() -> None:
    rows = [["Invoice 12, replaces invoice 11"], *GOODS]
    rows[2] = [*rows[2], "old price"]
    listing = _read(rows, struck=("A1", "E3"))
    assert len(listing.lines) == 3 and _row_warnings(listing) == []


def test_a_cell_whose_strike_is_switched_off_is_not_struck_through() -> None:
    book = Workbook()
    sheet = book.active
    for row in GOODS:
        sheet.append(row)
    for cell in ("A3", "B3", "C3", "D3"):
        sheet[cell].font = Font(strike=False, bold=True)
    saved = io.BytesIO()
    book.save(saved)
    listing = reader.read(saved.getvalue(), "invoice.xlsx")
    assert len(listing.lines) == 3 and _row_warnings(listing) == []


def test_a_hidden_struck_through_row_is_named_once_as_hidden() -> None:
    listing = _read(GOODS, struck=("A3", "B3", "C3", "D3"), hidden=3)
    assert [line.description for line in listing.lines] == ["Refrigerator", "Sunflower oil"]
    assert _row_warnings(listing) == []
    assert any("hidden rows are not read (spreadsheet row 3)" in p.reason for p in listing.problems)


def test_cells_whose_style_is_written_before_their_reference_are_read_alike() -> None:
    """Excel writes r, s, t in this order; another writer may not."""
    buffer, saved = io.BytesIO(), io.BytesIO(_saved(GOODS, struck=("A3", "B3", "C3", "D3")))
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(buffer, "w") as target:
        for part in source.infolist():
            content = source.read(part)
            if part.filename.startswith("xl/worksheets/"):
                content = re.sub(rb'<c r="([A-Z]+\d+)" s="(\d+)"', rb'<c s="\2" r="\1"', content)
            target.writestr(part, content)
    listing = reader.read(buffer.getvalue(), "invoice.xlsx")
    assert [line.description for line in listing.lines] == ["Refrigerator", "Sunflower oil"]
    assert _row_warnings(listing) == [
        "struck-through rows are not read (spreadsheet row 3): a struck-through line is cancelled"
    ]


def _as_shared_strings(workbook: bytes) -> bytes:
    """The workbook with its texts kept as Excel keeps them: in sharedStrings.xml, each cell holding an index
    (openpyxl writes them inline, in the cells)."""
    strings: list[bytes] = []

    def shared(cell: re.Match[bytes]) -> bytes:
        strings.append(cell.group(2))
        return b'<c r="' + cell.group(1) + b'" t="s"><v>' + str(len(strings) - 1).encode() + b"</v></c>"

    relationship = (
        b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        b'Target="sharedStrings.xml" Id="rId99"/></Relationships>'
    )
    content_type = (
        b'<Override PartName="/xl/sharedStrings.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
    )
    buffer, saved = io.BytesIO(), io.BytesIO(workbook)
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(buffer, "w") as target:
        for part in source.infolist():
            content = source.read(part)
            if part.filename.startswith("xl/worksheets/"):
                content = re.sub(rb'<c r="([A-Z]+\d+)" t="inlineStr"><is>(.*?)</is></c>', shared, content)
            if part.filename == "xl/_rels/workbook.xml.rels":
                content = content.replace(b"</Relationships>", relationship)
            if part.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", content_type)
            target.writestr(part, content)
        listed = b"".join(b"<si>" + written + b"</si>" for written in strings)
        target.writestr("xl/sharedStrings.xml", b'<sst xmlns="' + MAIN + b'">' + listed + b"</sst>")
    return buffer.getvalue()


def test_a_description_struck_through_as_shared_rich_text_counts_as_struck_through() -> None:
    rows = [list(row) for row in GOODS]
    rows[2][1] = CellRichText([TextBlock(InlineFont(strike=True), "LED TV "), TextBlock(InlineFont(strike=True), "55")])
    rows[3][1] = CellRichText([TextBlock(InlineFont(strike=True), "Sunflower"), TextBlock(InlineFont(), " oil")])
    listing = reader.read(_as_shared_strings(_saved(rows, struck=("C3", "D3", "C4", "D4"))), "invoice.xlsx")
    assert [line.description for line in listing.lines] == ["Refrigerator", "Sunflower oil"]
    assert _row_warnings(listing) == [
        "struck-through rows are not read (spreadsheet row 3): a struck-through line is cancelled",
        "rows with some cells struck through are read as written (spreadsheet row 4): if such a line is "
        "cancelled, strike through all its cells or delete it",
    ]


def test_a_row_of_texts_each_a_struck_through_shared_string_is_not_declared() -> None:
    """The same struck text in two rows is one shared string; a row of texts only has no font to strike it."""
    struck = CellRichText([TextBlock(InlineFont(strike=True), "cancelled")])
    rows = [["Description", "Origin"], ["Refrigerator", "China"], [struck, struck], ["Desk", "Poland"], [struck, None]]
    listing = reader.read(_as_shared_strings(_saved(rows)), "invoice.xlsx")
    assert [line.description for line in listing.lines] == ["Refrigerator", "Desk"]
    assert _row_warnings(listing) == [
        "struck-through rows are not read (spreadsheet row 3, spreadsheet row 5): a struck-through line is cancelled"
    ]


@pytest.mark.parametrize("prefix", [b"", b"x:"])
def test_struck_shared_strings_keep_their_index_across_the_blocks_the_part_is_read_in(prefix: bytes) -> None:
    """Megabytes of shared strings, some struck through: the part is read a megabyte at a time."""
    struck_at = {0, 60_000, 69_999}  # none in the second megabyte
    plain, struck = b"<_t>Steel bolt M8 number %d</_t>", b"<_r><_rPr><_strike/></_rPr><_t>old %d</_t></_r>"
    strings = [b"<_si>" + (struck if i in struck_at else plain) % i + b"</_si>" for i in range(70_000)]
    namespace = b"xmlns:x" if prefix else b"xmlns"
    part = b"<_sst " + namespace + b'="' + MAIN + b'">' + b"".join(strings) + b"</_sst>"
    saved = io.BytesIO()
    with zipfile.ZipFile(saved, "w", zipfile.ZIP_DEFLATED) as workbook:
        workbook.writestr("xl/_rels/workbook.xml.rels", b"<Relationships></Relationships>")
        workbook.writestr("xl/sharedStrings.xml", part.replace(b"<_", b"<" + prefix).replace(b"</_", b"</" + prefix))
    assert len(part) > 2_000_000
    assert struck_strings(saved.getvalue()) == struck_at
