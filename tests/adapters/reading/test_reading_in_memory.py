"""The in-memory twin of the reader returns what it was given, whole or in chunks."""

import pytest

from adapters.reading import InMemoryProductListReader
from application.ports.reader import ProductListReader, UnusableFile
from domain.goods.product_line import ProductLine
from domain.goods.product_list import ProductList


def test_the_twin_serves_lists_and_file_problems_by_filename() -> None:
    listing = ProductList(lines=[ProductLine(row=n, description=f"item {n}") for n in range(1, 6)])
    twin: ProductListReader = InMemoryProductListReader({"a.csv": listing}, {"b.pdf": "b.pdf is a PDF document."})
    assert twin.read(b"", "a.csv") is listing
    assert [len(c.lines) for c in twin.read_chunks(b"", "a.csv", chunk_rows=2)] == [2, 2, 1]
    with pytest.raises(UnusableFile, match=r"b\.pdf is a PDF document"):
        twin.read(b"", "b.pdf")


def test_the_twin_records_the_columns_named() -> None:
    twin = InMemoryProductListReader({"a.csv": ProductList(lines=[])})
    twin.read(b"", "a.csv", named_columns={"description": "Товар"})
    assert twin.calls == [("a.csv", {"description": "Товар"})]
