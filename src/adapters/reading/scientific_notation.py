"""Numbers as Excel shows a long one it rounded: '1.23457E+11', '8,47E+09'. A CSV saved from Excel keeps what the
cell showed, so the digits rounded away are lost. A figure so written is still read, with a warning to check it;
a commodity code so written has lost digits of the code itself, and is left out."""

import re
from collections.abc import Collection
from decimal import Decimal

from adapters.reading.normalised_row import NormalisedRow
from adapters.reading.reading_plan import NUMERIC_FIELDS
from adapters.reading.row_report import Report
from domain.goods.problems import RowProblem, Severity

SCIENTIFIC = r"\d[eE][+\-]?\d"  # in a number or code cell: only an exponent puts a digit, an E and a digit together
_SCIENTIFIC = re.compile(SCIENTIFIC)


def is_scientific(written: str | None) -> bool:
    return written is not None and _SCIENTIFIC.search(written) is not None


def plain(number: Decimal) -> Decimal:
    """1.23457E+11 as 123457000000: the number without an exponent."""
    return Decimal(format(number, "f"))


def rounded_figures(row: NormalisedRow, read: Collection[str], report: Report) -> list[RowProblem]:
    """A warning for each figure in `read` whose cell is written in scientific notation, naming the text."""
    warnings = []
    for field in NUMERIC_FIELDS:
        written, canonical = getattr(row, field), getattr(row, f"{field}_n")
        if field in read and canonical is not None and is_scientific(written):
            read_as = plain(Decimal(canonical))
            reason = f"written as {written}, Excel's rounded form; read as {read_as}, but check the full figure"
            warnings.append(report(field, reason, Severity.WARNING))
    return warnings


def rounded_code(written: str) -> str:
    return (
        f"'{written}' is a commodity code Excel rounded to scientific notation: its last digits are lost, so it is "
        "left out; format the column as text in Excel and write the code in full"
    )
