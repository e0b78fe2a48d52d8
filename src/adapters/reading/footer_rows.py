"""The footer below a list's grand total (the seller's name, a signature, the bank): rows held there are left out of
the lines only when they look like one, and each is quoted in the warning; notes below the last goods line are the
footer of a list without a total. A row with a description and figure cells
filled ('Spare seal kit;TBD;on request'), or a known unit or origin, or a digit in a figure cell, stays a line with
its errors."""

import re

from adapters.reading.line_building import LineBuilder
from adapters.reading.normalised_row import NormalisedRow
from domain.goods.problems import RowProblem, Severity

_LISTED = 10
_SIGNATURE_LINE = re.compile(r"_{3,}")  # the line a signature is written on
_STAMP = re.compile(r"(?i)\s*(?:м\.?\s?п|m\.?\s?p|l\.?\s?s)\.?\s*")  # 'М.П.', 'M.P.', 'L.S.': the place of the seal


def _figure_cells(row: NormalisedRow) -> tuple[str | None, ...]:
    return row.quantity, row.net_mass, row.gross_mass, row.value, row.unit_price, row.packages


def _figures_written(row: NormalisedRow) -> bool:
    """A digit in one of the row's figure cells."""
    return any(cell and any(ch.isdigit() for ch in cell) for cell in _figure_cells(row))


def _other_cells(row: NormalisedRow) -> tuple[str | None, ...]:
    return row.unit, row.origin, row.declared_code, row.package_kind, row.currency, *_figure_cells(row)


def _reads_as_goods(row: NormalisedRow) -> bool:
    """A unit, origin, package kind or currency the reader knows, or a commodity code; the origin the row writes
    itself, not the one the list states for every row (see origin_statements)."""
    own_origin = row.origin_code if row.origin else None
    return any((row.unit_code, own_origin, row.package_kind_code, row.currency_code, row.declared_digits))


def is_a_note(row: NormalisedRow) -> bool:
    """Words in no column of the goods: no description, no figure and nothing else a line has ('Payment terms: 30%
    advance' or the bank's details in the No. column). Below the last goods line it is the footer, total or not."""
    return not row.description and not any(_other_cells(row))


def is_a_signature(row: NormalisedRow) -> bool:
    """A signature line, no digit in a figure cell: 'Директор ______ Иванов' | 'Главный бухгалтер ______ Петрова'
    over the price column; or the place of the seal alone ('М.П.'). Below the last goods line it is the footer,
    total or not."""
    if _figures_written(row):
        return False
    cells = [cell for cell in (row.description, *_other_cells(row)) if cell]
    return any(_SIGNATURE_LINE.search(cell) for cell in cells) or (len(cells) == 1 and bool(_STAMP.fullmatch(cells[0])))


def looks_like_a_footer(row: NormalisedRow) -> bool:
    """No digit in a figure cell, and no description or nothing beside it ('Signed', '(Authorized Signature)' in the
    cartons column, 'Главный бухгалтер ______ Петрова Е.И.'); or no figure cell filled and nothing that reads as
    goods: a signature spread over the columns ('Отпуск груза разрешил | директор | Смирнов')."""
    if _figures_written(row):
        return False
    if not row.description or not any(_other_cells(row)) or is_a_signature(row):
        return True
    return not any(_figure_cells(row)) and not _reads_as_goods(row)


def _quoted(row: NormalisedRow, builder: LineBuilder) -> str:
    text = row.lone_text or " ".join(cell for cell in (row.description, *_other_cells(row)) if cell)
    return f"'{text}' ({builder.place(row)})" if text else builder.place(row)


def footer_note(footer: list[NormalisedRow], builder: LineBuilder, below_a_total: bool = True) -> list[RowProblem]:
    """One warning quoting each row below the total (or the last goods line) read as the footer, with its place in
    the file."""
    if not footer:
        return []
    rows = "1 row" if len(footer) == 1 else f"{len(footer)} rows"
    quoted = [_quoted(row, builder) for row in footer[:_LISTED]]
    more = f" and {len(footer) - _LISTED} more" if len(footer) > _LISTED else ""
    below = "the total" if below_a_total else "the last goods line"
    reason = f"{rows} below {below} read as the footer and left out: {', '.join(quoted)}{more}"
    return [RowProblem(None, None, reason, Severity.WARNING)]
