"""A national tariff in CSV, XLSX or XLS (Polars underneath) to TariffRows, below whatever title block it has."""

import re
from collections.abc import Iterator

from adapters.reading.csv_table import read_csv_table
from adapters.reading.file_kind import file_kind
from adapters.reading.limits import ReadingLimits
from adapters.reading.raw_table import RawTable
from adapters.reading.text_decoding import decode_text
from adapters.reading.workbooks import open_workbook
from adapters.tariff.headers import tariff_field
from application.pipeline.file_signs import FileKind
from application.ports.reader import UnusableFile
from application.ports.tariff import TariffCell, TariffRow

HEADER_SEARCH_ROWS = 30
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_TURKMEN_LETTERS = re.compile(r"[ňşýžäÄŇŞÝŽ]")

Layout = dict[str, tuple[int, str]]  # field (or description:<language>) -> (column index, header as written)


def text_language(text: str) -> str:
    """A description's language from its letters: Cyrillic is Russian, Turkmen letters Turkmen, else English."""
    if _CYRILLIC.search(text):
        return "ru"
    return "tk" if _TURKMEN_LETTERS.search(text) else "en"


def _layout(cells: list[str | None]) -> Layout:
    layout: Layout = {}
    for index, cell in enumerate(cells):
        field, language = tariff_field(cell or "")
        key = f"{field}:{language or ''}" if field == "description" else field
        if key and key not in layout:
            layout[key] = (index, (cell or "").strip())
    return layout


def _header(table: RawTable) -> tuple[int, Layout] | None:
    for position, cells in enumerate(table.head(HEADER_SEARCH_ROWS)):
        layout = _layout(cells)
        if "code" in layout and any(key.startswith("description") for key in layout):
            return position, layout
    return None


def _row(number: int, cells: tuple[str | None, ...], layout: Layout) -> TariffRow:
    def cell(key: str) -> TariffCell | None:
        if key not in layout:
            return None
        index, header = layout[key]
        return TariffCell(header, (cells[index] or "").strip())

    descriptions: dict[str, TariffCell] = {}
    for key in (k for k in layout if k.startswith("description")):
        found = cell(key)
        if found and found.text:
            language = key.partition(":")[2] or text_language(found.text)
            descriptions.setdefault(language, found)
    code_index, code_header = layout["code"]
    code = TariffCell(code_header, (cells[code_index] or "").strip())
    return TariffRow(number, code, descriptions, cell("unit"), cell("valid_from"), cell("valid_to"))


class PolarsTariffFileReader:
    """The TariffFileReader port; rows are numbered as the file shows them (CSV line, spreadsheet row)."""

    def __init__(self, limits: ReadingLimits | None = None) -> None:
        self._limits = limits or ReadingLimits()

    def _tables(self, data: bytes, filename: str) -> Iterator[RawTable]:
        """The CSV's table, or each sheet of the workbook in turn."""
        if not data.strip():
            raise UnusableFile(f"{filename} is empty.")
        if len(data) > self._limits.max_bytes:
            raise UnusableFile(f"{filename} is larger than {self._limits.max_bytes // 2**20} MB.")
        kind = file_kind(data, filename)
        if kind is not FileKind.CSV:
            workbook = open_workbook(data, filename, kind, self._limits)
            yield from (workbook.sheet(name) for name in workbook.sheet_names)
            return
        yield read_csv_table(decode_text(data, filename), filename, self._limits.max_columns)

    def read(self, data: bytes, filename: str) -> list[TariffRow]:
        """The rows below the header of the first table (sheet) that has one."""
        for table in self._tables(data, filename):
            if (found := _header(table)) is None:
                continue
            header, layout = found
            return [
                _row(position + 1, cells, layout)
                for position, cells in enumerate(table.frame.iter_rows())
                if position > header and any(cell and cell.strip() for cell in cells)
            ]
        raise UnusableFile(
            f"{filename} has no tariff header in the first {HEADER_SEARCH_ROWS} rows of any sheet: it needs a code "
            "column (code / код / kody) and a description column (description / наименование / ady)"
        )
