"""The reader's in-memory twin: returns the product lists (or file problems) it was given, by filename."""

from collections.abc import Iterator, Mapping, Sequence

from application.ports.reader import UnusableFile
from domain.goods.product_list import ProductList


class InMemoryProductListReader:
    """For tests of the use cases: `lists[filename]` is returned, `unusable[filename]` is raised."""

    def __init__(self, lists: dict[str, ProductList] | None = None, unusable: dict[str, str] | None = None) -> None:
        self.lists = dict(lists or {})
        self.unusable = dict(unusable or {})
        self.calls: list[tuple[str, dict[str, str]]] = []
        self.sheets_asked: list[list[str]] = []  # the `sheets` of each call

    def read(
        self,
        data: bytes,
        filename: str,
        *,
        named_columns: Mapping[str, str] | None = None,
        sheets: Sequence[str] = (),
        country: str | None = None,
    ) -> ProductList:
        self.calls.append((filename, dict(named_columns or {})))
        self.sheets_asked.append(list(sheets))
        if filename in self.unusable:
            raise UnusableFile(self.unusable[filename])
        if filename not in self.lists:
            raise UnusableFile(f"{filename} is not a product list this reader was given.")
        return self.lists[filename]

    def lines_at_most(self, data: bytes, filename: str) -> int | None:
        return len(self.lists[filename].lines) if filename in self.lists else None

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
        whole = self.read(data, filename, named_columns=named_columns, sheets=sheets, country=country)
        for start in range(0, max(len(whole.lines), 1), chunk_rows):
            last = start + chunk_rows >= len(whole.lines)
            yield ProductList(
                lines=whole.lines[start : start + chunk_rows],
                problems=whole.problems if last else [],
                totals=whole.totals,
                currency=whole.currency,
                columns=whole.columns,
            )
