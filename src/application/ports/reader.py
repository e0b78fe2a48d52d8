from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from domain.goods.product_list import ProductList


class UnusableFile(Exception):
    """The file cannot be read as a product list at all (empty, not a spreadsheet, too large, ...)."""


@dataclass(frozen=True, slots=True)
class NationalCodes:
    """How the declaring country writes a national tariff line, so that the reader can tell a supplier's national
    line ('690721000') from an HS code a spreadsheet stripped of its leading zero; from the country's declaration
    profile."""

    country: str  # its name, as a warning says it: 'Turkmenistan'
    digits: int  # of a national tariff line: 9 for Turkmenistan


class ProductListReader(Protocol):
    """Turns the bytes of a CSV/XLSX product list into validated product lines.

    `named_columns` gives, by field (see COLUMN_FIELDS), the header of a column the reader should not guess (the
    CLI's `--column`): the header row is one holding them all. `sheets` names the workbook's sheets to read (the
    CLI's `--sheet`); none: every sheet that holds goods, read as one list in the workbook's order. `country` is the
    declaring country (ISO alpha-2): a supplier's code is taken for its national line only when it is written as
    that country's national lines are (none: no code is taken for a national line).
    """

    def read(
        self,
        data: bytes,
        filename: str,
        *,
        named_columns: Mapping[str, str] | None = None,
        sheets: Sequence[str] = (),
        country: str | None = None,
    ) -> ProductList:
        """Raises UnusableFile with one clear sentence; row problems go into the ProductList."""
        ...

    def read_chunks(
        self,
        data: bytes,
        filename: str,
        chunk_rows: int = 50_000,
        *,
        named_columns: Mapping[str, str] | None = None,
        sheets: Sequence[str] = (),
        country: str | None = None,
    ) -> Iterator[ProductList]:
        """The same lines as `read`, at most `chunk_rows` source rows at a time; file-level problems and the
        printed totals come on the last chunk. UnusableFile is raised before the first chunk."""
        ...

    def lines_at_most(self, data: bytes, filename: str) -> int | None:
        """The most lines `read` could give, told far more cheaply than reading the file; None when it cannot be."""
        ...
