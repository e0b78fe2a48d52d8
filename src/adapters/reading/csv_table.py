"""A CSV's text to a RawTable: delimiter sniffed, every field kept as a string so codes keep leading zeros."""

import codecs
import csv
import io
import re
from collections import Counter

import polars as pl

from adapters.reading.csv_width import within_width
from adapters.reading.file_lines import file_lines
from adapters.reading.limits import ReadingLimits
from adapters.reading.raw_table import RawTable, column_name, string_frame
from adapters.reading.text_decoding import DecodedText
from adapters.reading.unclosed_quote import check_unclosed_quote
from adapters.reading.written_widths import written_widths

_DELIMITERS = (";", ",", "\t", "|")
_SNIFF_CHARS = 64 * 1024  # less than HEAD_CHARS, so a cut head is known to be cut
_SNIFF_RECORDS = 200
_LONE_CR, _LONE_CR_TEXT = re.compile(rb"\r(?!\n)"), re.compile(r"\r(?!\n)")  # a carriage return with no line feed
_WIDER_BY = (1, 2, 4, 8, 16, 32)  # fields tried beyond the head's widest row, in turn, when a row is longer
# Polars takes bytes starting so for a compressed file (gzip, zlib, zstd) and fails on them: 'x^2' is text
_COMPRESSED_STARTS = (b"\x1f\x8b", b"\x78\x01", b"\x78\x5e", b"\x78\x9c", b"\x78\xda", b"\x28\xb5\x2f\xfd")


def _allow_fields_of(length: int) -> None:
    """The csv module refuses fields over a process-wide limit; it is only ever raised, never lowered."""
    csv.field_size_limit(max(csv.field_size_limit(), length + 1))


def _head_sample(text: str) -> str:
    """The first _SNIFF_CHARS characters, cut after their last line break when the text goes on."""
    _allow_fields_of(_SNIFF_CHARS)
    sample = text[:_SNIFF_CHARS]
    if len(text) > _SNIFF_CHARS:
        sample = sample[: sample.rfind("\n") + 1] or sample
    return sample


def _head_records(text: str, delimiter: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(_head_sample(text)), delimiter=delimiter)
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


def _python_csv(text: str, delimiter: str, filename: str, max_columns: int) -> pl.DataFrame:
    """The forgiving reader for text Polars rejects, such as a stray quote inside a field (3/4" pipe) or a row
    with many more fields than any in the head of the file (refused past `max_columns`)."""
    _allow_fields_of(len(text))
    records = within_width(io.StringIO(text, newline=""), delimiter, filename, max_columns)
    rows: list[list[str | None]] = [list(record) for record in records]
    return string_frame(rows)


def _check_head_width(head: str, delimiter: str, filename: str, max_columns: int) -> None:
    """UnusableFile naming the line of the first record in the head wider than `max_columns`."""
    try:
        for _ in within_width(io.StringIO(_head_sample(head)), delimiter, filename, max_columns):
            pass
    except csv.Error:
        pass


def read_csv_table(
    decoded: DecodedText, filename: str = "the file", max_columns: int = ReadingLimits().max_columns
) -> RawTable:
    """Raises UnusableFile for a row of more than `max_columns` fields."""
    head, utf8 = decoded.head, decoded.utf8
    if _LONE_CR.search(utf8):  # old Mac line ends, or one among Windows ones: a line break, as spreadsheets read it
        head, utf8 = _LONE_CR_TEXT.sub("\n", head), _LONE_CR.sub(b"\n", utf8)
    delimiter = sniff_delimiter(head)
    width = max((len(r) for r in _head_records(head, delimiter)), default=1)
    if width > max_columns:
        _check_head_width(head, delimiter, filename, max_columns)
    if utf8.startswith(_COMPRESSED_STARTS):
        utf8 = codecs.BOM_UTF8 + utf8  # which Polars skips
    try:
        frame = _polars_csv(utf8, delimiter, width)
    except pl.exceptions.PolarsError:
        frame = _python_csv(utf8.decode("utf-8-sig"), delimiter, filename, max_columns)
    lines = file_lines(frame)
    check_unclosed_quote(frame, utf8, delimiter, lines, filename)
    _allow_fields_of(len(utf8))
    return RawTable(
        frame=frame,
        is_workbook=False,
        decimal_comma_hint=delimiter == ";",
        file_lines=lines,
        delimiter=delimiter,
        written_widths=written_widths(utf8, delimiter, frame.height),
        notes=[decoded.doubt] if decoded.doubt else [],
        replaced_in=decoded.encoding if decoded.replaced else None,
    )


def _polars_csv(utf8: bytes, delimiter: str, width: int) -> pl.DataFrame:
    """Polars refuses a row longer than the schema, so wider schemas are tried before giving up: a row with a
    field or two too many below the head keeps the fast reader, and its extra fields are kept to be reported."""
    for extra in (0, *_WIDER_BY):
        try:
            frame = _polars_csv_of_width(utf8, delimiter, width + extra)
        except pl.exceptions.ComputeError as error:
            if "more fields" not in str(error) or extra == _WIDER_BY[-1]:
                raise
            continue
        return frame.select(frame.columns[: _used_width(frame, width)])
    raise AssertionError("unreachable")


def _used_width(frame: pl.DataFrame, width: int) -> int:
    """The frame's width without the all-empty columns a wider try added beyond `width`."""
    nulls = frame.null_count().row(0)
    filled = [i for i in range(width, frame.width) if nulls[i] < frame.height]
    return max(filled, default=width - 1) + 1


def _polars_csv_of_width(utf8: bytes, delimiter: str, width: int) -> pl.DataFrame:
    return pl.read_csv(
        utf8,
        has_header=False,
        separator=delimiter,
        infer_schema=False,
        schema={column_name(i): pl.String for i in range(width)},
        truncate_ragged_lines=False,  # a longer row needs a wider schema
        missing_columns="insert",
        raise_if_empty=False,
        quote_char='"',
    )
