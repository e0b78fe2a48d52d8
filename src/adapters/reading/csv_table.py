"""A CSV's text to a RawTable: delimiter sniffed, every field kept as a string so codes keep leading zeros."""

import csv
import io
from collections import Counter

import polars as pl

from adapters.reading.raw_table import RawTable, column_name

_DELIMITERS = (";", ",", "\t", "|")
_SNIFF_CHARS = 64 * 1024
_SNIFF_RECORDS = 200


def _head_records(text: str, delimiter: str) -> list[list[str]]:
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


def read_csv_table(text: str, encoding: str) -> RawTable:
    delimiter = sniff_delimiter(text)
    width = max((len(r) for r in _head_records(text, delimiter)), default=1)
    frame = pl.read_csv(
        text.encode("utf-8"),
        has_header=False,
        separator=delimiter,
        infer_schema=False,
        schema={column_name(i): pl.String for i in range(width)},
        truncate_ragged_lines=True,
        missing_columns="insert",
        raise_if_empty=False,
        quote_char='"',
    )
    return RawTable(frame=frame, is_workbook=False, decimal_comma_hint=delimiter == ";", encoding=encoding)
