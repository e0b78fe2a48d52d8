"""A CSV row with more fields than a list may have columns is refused while the file is parsed, naming its line:
the table would be refused for its width anyway, and a frame of a million columns takes hours to build."""

import csv
from collections.abc import Iterable, Iterator

from application.ports.reader import UnusableFile


def too_wide(filename: str, line: int, max_columns: int) -> UnusableFile:
    return UnusableFile(
        f"{filename} has a row of more than {max_columns:,} fields on line {line} of the file; "
        f"the most a list may have is {max_columns:,} columns."
    )


def within_width(lines: Iterable[str], delimiter: str, filename: str, max_columns: int) -> Iterator[list[str]]:
    """The records of the CSV lines; UnusableFile at the first one wider than `max_columns`, naming the line of
    the file it starts on."""
    reader = csv.reader(lines, delimiter=delimiter)
    start = 1
    for record in reader:
        if len(record) > max_columns:
            raise too_wide(filename, start, max_columns)
        yield record
        start = reader.line_num + 1
