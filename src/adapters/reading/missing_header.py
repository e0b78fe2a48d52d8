"""The one sentence that says a file has no header naming the goods' descriptions, and what headers it has."""

from adapters.reading.table_cells import Row, is_numeric, text_of
from application.ports.reader import UnusableFile

_MAX_LISTED = 20
_MAX_QUOTED = 40  # characters of a header quoted in a message (binary junk makes 'headers' of thousands)


def _headers_found(head: list[Row]) -> list[str]:
    rows = [[text_of(v) for v in row if text_of(v) and not is_numeric(text_of(v))] for row in head]
    return max(rows, key=len, default=[])[:_MAX_LISTED]


def _quoted(header: str) -> str:
    return header if len(header) <= _MAX_QUOTED else header[: _MAX_QUOTED - 1] + "…"


def missing_description(
    head: list[Row], filename: str, description_column: str | None, searched_rows: int
) -> UnusableFile:
    found = ", ".join(f"'{_quoted(h)}'" for h in _headers_found(head)) or "none"
    if description_column is not None:
        return UnusableFile(f"{filename} has no column '{description_column}'; the headers found are: {found}.")
    return UnusableFile(
        f"{filename} has no column of goods descriptions (such as 'Description' or 'Наименование товара') "
        f"in its first {searched_rows} rows; the headers found are: {found}."
    )
