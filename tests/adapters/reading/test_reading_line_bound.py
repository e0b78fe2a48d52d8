"""The most lines a file can hold, told without reading it: never fewer than the reader gives, or None."""

import io

from openpyxl import Workbook
from tests.adapters.reading import invoices

from adapters.reading import PolarsProductListReader

reader = PolarsProductListReader()
HEADER = ["Description", "Quantity", "Amount, USD"]


def _saved(book: Workbook) -> bytes:
    saved = io.BytesIO()
    book.save(saved)
    return saved.getvalue()


def test_a_csv_holds_no_more_lines_than_its_line_breaks() -> None:
    data = b"Description;Qty\r\nBolts;1\r\nNuts;2\r\n"
    assert reader.lines_at_most(data, "bolts.csv") == 4
    assert len(reader.read(data, "bolts.csv").lines) == 2


def test_a_workbook_holds_no_more_lines_than_the_rows_of_all_its_worksheets() -> None:
    """Its sheets of goods are read as one list: the fullest sheet alone would let a short balance pass."""
    book = Workbook()
    book.active.title = "Cover"
    book.active.append(["Invoice 17"])
    goods = book.create_sheet("Goods")
    for row in [HEADER, *([f"Bolt M{n}", n, n * 2] for n in range(1, 41))]:
        goods.append(row)
    data = _saved(book)
    assert reader.lines_at_most(data, "bolts.xlsx") == 42
    assert len(reader.read(data, "bolts.xlsx").lines) == 40


def test_a_workbook_of_title_rows_and_a_total_is_bounded_by_its_rows() -> None:
    data = invoices.english_xlsx()
    bound = reader.lines_at_most(data, "en.xlsx")
    assert bound is not None and bound >= len(reader.read(data, "en.xlsx").lines)


def test_what_the_reader_would_refuse_or_cannot_count_gives_no_bound() -> None:
    assert reader.lines_at_most(invoices.zip_bomb(), "bomb.xlsx") is None
    assert reader.lines_at_most(b"%PDF-1.7\n", "invoice.pdf") is None
    assert reader.lines_at_most(b"PK\x03\x04 not a zip", "broken.xlsx") is None
    empty = Workbook()
    assert reader.lines_at_most(_saved(empty), "empty.xlsx") is None  # no rows seen: it must be read to tell
