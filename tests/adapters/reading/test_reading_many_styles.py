"""A workbook with thousands of cell styles (as one copied between workbooks for years has) reads its struck-through
rows and number-format currencies as one with a few."""

import io
import re
import zipfile
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from adapters.reading import PolarsProductListReader
from domain.measures import Money

reader = PolarsProductListReader()
_EURO_FORMAT = b'<numFmt numFmtId="164" formatCode="&quot;\xe2\x82\xac&quot;#,##0.00"/>'
_EURO_STYLE = b'<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'


def _saved(book: Workbook) -> bytes:
    saved = io.BytesIO()
    book.save(saved)
    return saved.getvalue()


def _with_unused_euro_styles(workbook: bytes, count: int) -> bytes:
    """The workbook with `count` more cell styles showing '€', which none of its cells use."""
    bloated = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(workbook)) as source, zipfile.ZipFile(bloated, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/styles.xml":
                data = data.replace(b"<fonts", b'<numFmts count="1">' + _EURO_FORMAT + b"</numFmts><fonts", 1)
                data = re.sub(rb"</cellXfs>", _EURO_STYLE * count + b"</cellXfs>", data, count=1)
            target.writestr(item.filename, data)  # stored: so alike a style list looks like a zip bomb
    return bloated.getvalue()


def test_lines_each_in_a_style_of_its_own_are_read_struck_through_and_in_their_formats_currency() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Description", "Quantity", "Amount"])
    for line in range(1, 201):
        sheet.append([f"Bolt M{line}", line, line * 10])
        amount = sheet.cell(line + 1, 3)
        amount.number_format, amount.alignment = '"€"#,##0.00', Alignment(indent=line % 200)
        if line in (50, 150):
            for cell in sheet[line + 1]:
                cell.font = Font(strike=True, size=8 + line % 7)
    listing = reader.read(_saved(book), "invoice.xlsx")
    assert listing.currency == "EUR"
    assert [line.description for line in listing.lines if line.description in ("Bolt M50", "Bolt M150")] == []
    assert len(listing.lines) == 198
    assert listing.lines[0].value == Money(Decimal(10), "EUR")
    assert listing.errors == []
    struck = "struck-through rows are not read (spreadsheet row 51, spreadsheet row 151)"
    assert any(problem.reason.startswith(struck) for problem in listing.problems)


def test_thousands_of_unused_currency_styles_leave_the_stated_currency_alone() -> None:
    """Their speed is measured in docs/benchmarks.md (200,000 rows with 20,000 styles: 408 s before, 6.5 s)."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Description", "Quantity", "Amount, USD"])
    for line in range(1, 3001):
        sheet.append([f"Bolt M{line}", line, line * 10])
        for cell in sheet[line + 1]:
            cell.font = Font(bold=True)
    listing = reader.read(_with_unused_euro_styles(_saved(book), 20_000), "invoice.xlsx")
    assert [line.value for line in listing.lines][-1] == Money(Decimal(30000), "USD")
    assert len(listing.lines) == 3000
    assert listing.errors == []
