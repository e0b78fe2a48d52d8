"""A CSV's text to a RawTable: delimiter sniffed, every field kept as a string so codes keep leading zeros."""

import csv
import io
from collections import Counter

import polars as pl

from adapters.reading.raw_table import RawTable, column_name, string_frame
from adapters.reading.text_decoding import DecodedText

_DELIMITERS = (";", ",", "\t", "|")
_SNIFF_CHARS = 64 * 1024  # less than HEAD_CHARS, so a cut head is known to be cut
_SNIFF_RECORDS = 200


def _allow_fields_of(length: int) -> None:
    """The csv module refuses fields over a process-wide limit; it is only ever raised, never lowered."""
    csv.field_size_limit(max(csv.field_size_limit(), length + 1))


def _head_records(text: str, delimiter: str) -> list[list[str]]:
    _allow_fields_of(_SNIFF_CHARS)
    sample = text[:_SNIFF_CHARS]
    if len(text) > _SNIFF_CHARS:
        sample = sample[: sample.rfind("\n") + 1] or sample
    reader = csv.reader(io.StringIO(sample), delimiter=delimiter)
    records: list[list[str]] = []
    try:
        for record in reader:
            records.append(record)
            if len(records) >= _SNIFF_RECORDS:
                break
    except csv.Error:
        pass
    return records


def _consistency(records: list[list[str]]) -> tuple[int, int]:
    """How many records share the commonest field count above one, and that count."""
    counts = Counter(len(r) for r in records if len(r) > 1)
    if not counts:
        return 0, 0
    width, rows = counts.most_common(1)[0]
    return rows, width


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the most records into the same number of fields (';' first on a tie)."""
    best, best_score = ",", (0, 0)
    for delimiter in _DELIMITERS:
        score = _consistency(_head_records(text, delimiter))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _python_csv(text: str, delimiter: str) -> pl.DataFrame:
    """The forgiving reader for text Polars rejects, such as a stray quote inside a field (3/4" pipe) or a row
    with more fields than any in the head of the file."""
    _allow_fields_of(len(text))
    rows: list[list[str | None]] = [
        list(record) for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    ]
    return string_frame(rows)


def read_csv_table(decoded: DecodedText) -> RawTable:
    head, utf8 = decoded.head, decoded.utf8
    if "\n" not in head[:_SNIFF_CHARS] and "\r" in head:  # old Mac line ends
        head, utf8 = head.replace("\r", "\n"), utf8.replace(b"\r", b"\n")
    delimiter = sniff_delimiter(head)
    width = max((len(r) for r in _head_records(head, delimiter)), default=1)
    try:
        frame = _polars_csv(utf8, delimiter, width)
    except pl.exceptions.PolarsError:
        frame = _python_csv(utf8.decode("utf-8"), delimiter)
    return RawTable(frame=frame, is_workbook=False, decimal_comma_hint=delimiter == ";")


def _polars_csv(utf8: bytes, delimiter: str, width: int) -> pl.DataFrame:
    return pl.read_csv(
        utf8,
        has_header=False,
        separator=delimiter,
        infer_schema=False,
        schema={column_name(i): pl.String for i in range(width)},
        truncate_ragged_lines=False,  # a row longer than the head's widest is read by Python, whole
        missing_columns="insert",
        raise_if_empty=False,
        quote_char='"',
    )
