"""A quote that opens a CSV field and is never closed makes the field run to the end of the file: every line below
it becomes part of one cell of the last row, and those lines would be lost without a word."""

import polars as pl

from adapters.reading.file_lines import FileLines
from application.ports.reader import UnusableFile


def check_unclosed_quote(frame: pl.DataFrame, utf8: bytes, delimiter: str, lines: FileLines, filename: str) -> None:
    """Raises UnusableFile naming the line and field where the quote opens, when the file holds an odd number of
    quotes and a field of the last row spans lines that hold the delimiter (so whole lines were swallowed)."""
    if frame.height == 0 or utf8.count(b'"') % 2 == 0:
        return
    for column, cell in enumerate(frame.row(frame.height - 1)):
        below = (cell or "").rstrip("\r\n").splitlines()[1:]
        if any(delimiter in line for line in below):
            line = lines.line_of(frame.height - 1)
            raise UnusableFile(
                f'{filename} has a quote (") opening field {column + 1} on line {line} of the file that is never '
                f"closed, so the {len(below):,} line(s) below it were read as part of that field; close the quote "
                "or remove it."
            )
