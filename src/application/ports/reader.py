from typing import Protocol

from domain.goods.product_list import ProductList


class UnusableFile(Exception):
    """The file cannot be read as a product list at all (empty, not a spreadsheet, too large, ...)."""


class ProductListReader(Protocol):
    """Turns the bytes of a CSV/XLSX product list into validated product lines."""

    def read(self, data: bytes, filename: str) -> ProductList:
        """Raises UnusableFile with one clear sentence; row problems go into the ProductList."""
        ...
