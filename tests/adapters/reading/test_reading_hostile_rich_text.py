"""Cells written to be slow to read ('strike' over and over in a formula or an inline string) are read in one
pass: each byte of a piece of the sheet is searched at most once back for the start of its cell and once forward
for the next, and a cell is read no further than the next one's start."""

import io
import zipfile

import pytest
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from adapters.reading import PolarsProductListReader, rich_text_cells
from adapters.reading.rich_text_cells import cells_holding, struck_rich_text_cells

reader = PolarsProductListReader()
STRUCK = b'<c r="B%d" t="inlineStr"><is><r><rPr><strike/></rPr><t>cancelled</t></r></is></c>'
PLAIN = b'<c r="A%d"><v>%d</v></c>'
HOSTILE_BYTES = 500_000


def _row(number: int, cells: bytes) -> bytes:
    return b'<row r="%d">' % number + cells + b"</row>"


def _with_formula(workbook: bytes, placeholder: bytes, formula: bytes) -> bytes:
    """The workbook with a formula openpyxl would cut at Excel's 32,767 characters written whole."""
    saved, written = io.BytesIO(), io.BytesIO(workbook)
    with zipfile.ZipFile(written) as source, zipfile.ZipFile(saved, "w", zipfile.ZIP_DEFLATED) as target:
        for part in source.infolist():
            content = source.read(part)
            if part.filename.startswith("xl/worksheets/"):
                content = content.replace(placeholder, formula)
            target.writestr(part, content)
    return saved.getvalue()


def test_a_formula_of_strike_over_and_over_is_read_and_struck_rows_around_it_still_are() -> None:
    """Half a megabyte of 'strike' in one formula: each 'strike' once sent the search back to the cell's start
    (24 s here; 0.05 s now)."""
    cancelled = CellRichText([TextBlock(InlineFont(strike=True), "Desk lamp")])
    book = Workbook()
    for row in (["Description", "Quantity"], ["Refrigerator", 12], [cancelled, None], [None, None, "=HOSTILE"]):
        book.active.append(row)
    book.active.append(["Sunflower oil", 100])
    saved = io.BytesIO()
    book.save(saved)
    workbook = _with_formula(saved.getvalue(), b"HOSTILE", b"strike" * (HOSTILE_BYTES // 6))
    listing = reader.read(workbook, "invoice.xlsx")
    assert [line.description for line in listing.lines] == ["Refrigerator", "Sunflower oil"]
    assert any("struck-through rows are not read (spreadsheet row 3)" in p.reason for p in listing.problems)


def test_each_cell_holding_the_word_is_found_once_from_its_start_to_the_next_cells() -> None:
    rows = [_row(1, PLAIN % (1, 1)), _row(2, STRUCK % 2 + STRUCK % 2), _row(3, PLAIN % (3, 3) + STRUCK % 3)]
    piece = b"".join(rows)
    starts = [at for at in range(len(piece)) if piece.startswith(b"<c ", at)]
    spans = [(starts[1], starts[2]), (starts[2], starts[3]), (starts[4], len(piece))]
    assert list(cells_holding(piece, b"strike")) == spans
    assert list(struck_rich_text_cells(piece)) == [(b"B", b"2"), (b"B", b"2"), (b"B", b"3")]


def test_a_cell_of_strike_over_and_over_is_searched_once(monkeypatch: pytest.MonkeyPatch) -> None:
    searched: list[int] = []
    back, forward = rich_text_cells.last_cell_start, rich_text_cells.next_cell_start

    def noted_back(piece: bytes, start: int, at: int) -> int | None:
        searched.append(at - start)
        return back(piece, start, at)

    def noted_forward(piece: bytes, at: int) -> int:
        found = forward(piece, at)
        searched.append(found - at)
        return found

    monkeypatch.setattr(rich_text_cells, "last_cell_start", noted_back)
    monkeypatch.setattr(rich_text_cells, "next_cell_start", noted_forward)
    hostile = b'<c r="C2"><f>' + b"strike" * (HOSTILE_BYTES // 6) + b"</f><v>0</v></c>"
    piece = _row(1, STRUCK % 1) + _row(2, PLAIN % (2, 2) + hostile + STRUCK % 2) + b"strike" * 1000
    assert list(struck_rich_text_cells(piece)) == [(b"B", b"1"), (b"B", b"2")]
    assert sum(searched) <= len(piece)


@pytest.mark.parametrize(
    "hostile",
    [
        b'<c r="C2" t="inlineStr"><is><t>' + b"strike" * (HOSTILE_BYTES // 6) + b"</t></c>",  # never closed
        b'<c r="C2" t="inlineStr"><is><t>' + b"c strike" * (HOSTILE_BYTES // 8) + b"</t></is></c>",  # 'c ' in text
        b'<row r="2">' + b"strike" * (HOSTILE_BYTES // 6) + b"</row>",  # in no cell
    ],
    ids=["inline string never closed", "cell-like text", "no cell"],
)
def test_shapes_that_sent_the_search_back_over_and_over_are_read_once(hostile: bytes) -> None:
    """An inline string never closed once took the next cell's text for its own (and 45 s for 110 KB when no
    cell after it closed one); 'c ' in a text was taken for a cell's start, and each 'strike' in no cell searched
    back to the piece's start (18 s for these 500 KB)."""
    piece = hostile + _row(3, STRUCK % 3) + _row(4, STRUCK % 4)
    assert list(struck_rich_text_cells(piece)) == [(b"B", b"3"), (b"B", b"4")]
