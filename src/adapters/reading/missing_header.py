"""The one sentence that says a file has no header naming the goods' descriptions, or none holding the columns a
broker named, and what headers it has."""

from collections.abc import Mapping

from adapters.reading.header_matching import field_scores, header_forms
from adapters.reading.table_cells import Row, is_numeric, text_of
from adapters.reading.text_keys import text_key
from application.ports.reader import UnusableFile
from domain.declaration.descriptions import MAX_DESCRIPTION

_MAX_LISTED = 20
_MAX_QUOTED = 40  # characters of a header quoted in a message (binary junk makes 'headers' of thousands)
_DESCRIPTIONS = "column of goods descriptions (such as 'Description' or 'Наименование товара')"
_NO_HEADER_ROW = (
    " If these are the descriptions themselves, add a header row such as 'Description' above the descriptions "
    "(in a CSV or text file, put a description holding a comma in quotes)."
)


def header_holds(text: str, named: str) -> bool:
    """A header cell is the named header, or one part of it ('Наименование' of 'Наименование / Description'),
    ignoring case, accents, punctuation and a unit or currency in brackets."""
    return text_key(named) in header_forms(text)


def _headers_found(head: list[Row]) -> list[str]:
    return max((headers_of(row)[:_MAX_LISTED] for row in head), key=len, default=[])


def headers_of(row: Row) -> list[str]:
    """The texts of a row that may be headers: not empty, not numbers."""
    return [text_of(v) for v in row if text_of(v) and not is_numeric(text_of(v))]


def listed_headers(headers: list[str]) -> str:
    """The first headers, quoted and cut short ("'Description', 'Qty', ..."), or 'none'."""
    return ", ".join(f"'{_quoted(h)}'" for h in headers[:_MAX_LISTED]) or "none"


def _quoted(header: str) -> str:
    return header if len(header) <= _MAX_QUOTED else header[: _MAX_QUOTED - 1] + "…"


def _absent(head: list[Row], named: Mapping[str, str]) -> list[str]:
    return [h for h in named.values() if not any(header_holds(text_of(v), h) for row in head for v in row if v)]


def missing_header(head: list[Row], filename: str, named: Mapping[str, str], searched_rows: int) -> UnusableFile:
    headers = _headers_found(head)
    found = listed_headers(headers)
    absent = _absent(head, named)
    quoted = ", ".join(f"'{header}'" for header in absent or named.values())
    if absent:
        said = f"has no column {quoted}"
    elif "description" in named:
        said = f"has no header row holding all of {quoted}"
    elif named:
        said = f"has no header row holding {quoted} and a {_DESCRIPTIONS}"
    else:
        said = f"has no {_DESCRIPTIONS} in its first {searched_rows} rows"
    hint = _NO_HEADER_ROW if not named and _read_as_goods(headers) else ""
    return UnusableFile(f"{filename} {said}; the headers found are: {found}.{hint}")


def _read_as_goods(headers: list[str]) -> bool:
    """Texts that name no field and are no longer than a description: the descriptions from the first row on."""
    return bool(headers) and not any(field_scores(h) or len(h) > MAX_DESCRIPTION for h in headers)
