from collections.abc import Iterator
from typing import Protocol

from domain.goods.product_list import ProductList


class UnusableFile(Exception):
    """The file cannot be read as a product list at all (empty, not a spreadsheet, too large, ...)."""


class ProductListReader(Protocol):
    """Turns the bytes of a CSV/XLSX product list into validated product lines.

    `description_column` names the header of the goods-description column when the reader should not guess
    it (the CLI's `--column`).
    """

    def read(self, data: bytes, filename: str, *, description_column: str | None = None) -> ProductList:
        """Raises UnusableFile with one clear sentence; row problems go into the ProductList."""
        ...

    def read_chunks(
        self, data: bytes, filename: str, chunk_rows: int = 50_000, *, description_column: str | None = None
    ) -> Iterator[ProductList]:
        """The same lines as `read`, at most `chunk_rows` source rows at a time; file-level problems and the
        printed totals come on the last chunk. UnusableFile is raised before the first chunk."""
        ...

    def lines_at_most(self, data: bytes, filename: str) -> int | None:
        """The most lines `read` could give, told far more cheaply than reading the file; None when it cannot be."""
        ...
