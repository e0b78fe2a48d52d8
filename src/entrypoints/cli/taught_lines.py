"""The lines of a CSV that teaches the memory: `declare --report`'s per-line report (its codes corrected where
the engine was wrong) or a catalogue with a description and a code column. UTF-8 (with or without BOM) or
Windows-1251, as Excel saves it; comma, semicolon or tab between the cells."""

import csv
import io

from application.memory.teach_memory import TaughtLine

DESCRIPTION = "description"
CODE_COLUMNS = ("commodity_code", "code", "national_code", "hs_code", "hs6")  # a row's first non-empty one counts


class UnreadableList(ValueError):
    pass


def taught_lines(data: bytes, name: str) -> list[TaughtLine]:
    text = _decoded(data)
    rows = csv.reader(io.StringIO(text), delimiter=_delimiter(text.partition("\n")[0]))
    header = [cell.strip().lower() for cell in next(rows, [])]
    codes = [header.index(column) for column in CODE_COLUMNS if column in header]
    if DESCRIPTION not in header or not codes:
        raise UnreadableList(
            f"{name}: the first row must name a '{DESCRIPTION}' column and a code column "
            f"({', '.join(CODE_COLUMNS)}); it has: {', '.join(header) or 'nothing'}"
        )
    described = header.index(DESCRIPTION)
    lines = []
    for number, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = row + [""] * (len(header) - len(row))
        code = next((cells[at].strip() for at in codes if cells[at].strip()), "")
        lines.append(TaughtLine(number, cells[described], code.lstrip("'")))  # "'0902.20": Excel's text mark
    return lines


def _decoded(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1251")


def _delimiter(header_line: str) -> str:
    return max(",;\t", key=header_line.count)
