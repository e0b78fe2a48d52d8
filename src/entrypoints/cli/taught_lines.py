"""The lines of a file that teaches the memory: `declare --report`'s per-line report (its codes corrected where
the engine was wrong) or a catalogue with a description and a code column. A CSV in UTF-8 (with or without BOM) or
Windows-1251, as Excel saves it, with comma, semicolon or tab between the cells; or an Excel workbook (.xlsx, its
first sheet), as the report's workbook comes back once corrected."""

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

from openpyxl import load_workbook

from application.memory.teach_memory import TaughtLine
from application.processing.line_report import unguarded

DESCRIPTION = "description"
_CHOSEN_LINE = re.compile(r"national line ([\d ]+\d) chosen")
CODE_COLUMNS = ("commodity_code", "code", "national_code", "hs_code", "hs6")  # a row's first non-empty one counts


class UnreadableList(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class TaughtList:
    lines: list[TaughtLine]
    unconfirmed: list[str] = field(default_factory=list)  # a report's rows still marked for review, not taught
    by_row: bool = False  # `unconfirmed` holds the report's own row numbers, else the file's line numbers

    def unconfirmed_named(self) -> str:
        """'rows 7, 9' by the report's row column, 'lines 2, 4' by the file's lines when it has none."""
        noun = "row" if self.by_row else "line"
        return f"{noun}{'s' if len(self.unconfirmed) > 1 else ''} {', '.join(self.unconfirmed)}"


def taught_lines(data: bytes, name: str) -> TaughtList:
    """In a per-line report, a row whose code the broker changed (its national line too) is taught as typed,
    whatever its needs_review says; one left as proposed only its HS-6 (the national line is chosen again, as for
    any remembered code), and only when it is not marked for review: writing 'no' in needs_review confirms it."""
    rows = _workbook_rows(data, name) if zipfile.is_zipfile(io.BytesIO(data)) else _csv_rows(data)
    header = [cell.strip().lower() for cell in next(rows, [])]
    codes = [header.index(column) for column in CODE_COLUMNS if column in header]
    if DESCRIPTION not in header or not codes:
        raise UnreadableList(
            f"{name}: the first row must name a '{DESCRIPTION}' column and a code column "
            f"({', '.join(CODE_COLUMNS)}); it has: {', '.join(header) or 'nothing'}"
        )
    report = {"hs6", "needs_review"} <= set(header)
    taught = TaughtList([], by_row=report and "row" in header)
    for number, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = dict(zip(header, [*row, *[""] * (len(header) - len(row))], strict=False))
        code = next((cells[header[at]].strip() for at in codes if cells[header[at]].strip()), "").lstrip("'")
        if report and code and _digits(code) == _proposed(cells, _digits(code)):
            if cells["needs_review"].strip().lower() != "no":
                taught.unconfirmed.append(cells["row"].strip() if taught.by_row else str(number))
                continue
            code = cells["hs6"].strip()
        taught.lines.append(TaughtLine(number, unguarded(cells[DESCRIPTION]), code))
    return taught


def _proposed(cells: dict[str, str], typed: str) -> str:
    """The code the report proposed: its `proposed_code` column; in a report written before that column, the
    national line its rationale says was chosen, else the subheading padded with zeros as long as the typed code."""
    if "proposed_code" in cells:
        return _digits(cells["proposed_code"])
    if chosen := _CHOSEN_LINE.search(cells.get("rationale", "")):
        return _digits(chosen.group(1))
    return cells["hs6"].strip().ljust(len(typed), "0")


def _digits(code: str) -> str:
    return "".join(character for character in code if character.isdigit())


def _csv_rows(data: bytes) -> Iterator[list[str]]:
    text = _decoded(data)
    return csv.reader(io.StringIO(text), delimiter=_delimiter(text.partition("\n")[0]))


def _workbook_rows(data: bytes, name: str) -> Iterator[list[str]]:
    """The first sheet's rows as text: a number Excel stored is written as it shows (7 not 7.0)."""
    try:
        sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).worksheets[0]
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise UnreadableList(f"{name}: not a readable Excel workbook ({error})") from None
    for values in sheet.iter_rows(values_only=True):
        yield [_as_text(value) for value in values]


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _decoded(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1251")


def _delimiter(header_line: str) -> str:
    return max(",;\t", key=header_line.count)
