"""The goods of several sheets of a workbook as one list, in the workbook's order (ADR 0034).

Each sheet is read as a list of its own (its header, currency, number styles, and its printed total checked against
its own lines only); here their lines follow one another. A line's `row` counts on from the sheet before, so that
rows stay unique in the whole list, and its place names its sheet ("spreadsheet row 14 on sheet 'Лист2'"); a row's
problem keeps its row on its sheet, which messages name ("row 1 on sheet 'Лист2'", see RowProblem.on_sheet). A
problem of a whole sheet that does not name its sheet is said with it ("sheet 'Лист2': ...").

A sheet whose rows below the header are those of a sheet before it, cell for cell, is an error unless the broker
chose the sheets: read twice, a copy declares its goods twice; left out, a second container of the same goods would
be missing. Only the broker can tell."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal

import polars as pl

from adapters.reading.invoice_totals import InvoiceTotal, invoice_disagreements
from adapters.reading.line_sums import LineSums
from adapters.reading.packing_lists import lines_match, matched_by_none, with_packing_list
from adapters.reading.sheet_names import listed
from application.ports.reader import UnusableFile
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_list import PrintedTotals, ProductList

_TOTALS = ("value", "net_mass", "gross_mass", "quantity")


class EmptySheet(UnusableFile):
    """A sheet with a header but no product lines below it: refused alone, left out beside sheets with lines."""


@dataclass(slots=True)
class SheetChunks:
    name: str
    chunks: Iterator[ProductList]
    body: pl.DataFrame  # the sheet's rows below its header: the rows of the next sheet count on from them
    below_its_total: list[InvoiceTotal] = field(default_factory=list)  # filled as its last chunk is read
    again: Callable[[], Iterator[ProductList]] | None = None  # its chunks read once more (see summary_sheets)


def one_list(sheets: list[SheetChunks], notes: list[str], chosen: bool) -> Iterator[ProductList]:
    """The sheets' chunks with their rows counted on; `notes` (on the whole workbook), the printed totals of all
    sheets, of several a warning naming the sheets read, the copies unless the sheets were `chosen`, and the totals
    below a sheet's own total that differ from the lines of every sheet come on the last chunk."""
    copied = [] if chosen else _copies(sheets)
    offset, counted, totals, summed, offsets = 0, [], [], LineSums(), []
    last: ProductList | None = None
    for sheet in sheets:
        lines = 0
        for chunk in sheet.chunks:
            if last is not None:
                yield last
            last = _counted_on(chunk, sheet.name, offset)
            lines += len(chunk.lines)
            summed.add(chunk.lines)
        assert last is not None  # a sheet read gives one chunk at least
        totals.append(last.totals)
        offsets.append(offset)
        counted.append(f"'{sheet.name}' ({lines} line{'' if lines == 1 else 's'})")
        offset += sheet.body.height
    assert last is not None
    last.totals = _summed(totals)
    notes = [_read_as_one(counted, chosen), *notes] if len(counted) > 1 else notes
    said = [RowProblem(None, None, note, Severity.WARNING) for note in notes]
    invoice = [
        _moved(problem, at, sheet.name)
        for sheet, at in zip(sheets, offsets, strict=True)
        for problem in invoice_disagreements(sheet.below_its_total, summed)
    ]
    last.problems = [*copied, *said, *last.problems, *invoice]
    yield last


def with_packing_lists(sheets: list[SheetChunks], packing: list[tuple[str, ProductList]], chunk_rows: int) -> list[str]:
    """Each packing list's masses and packages go into the lines of the sheet whose goods it lists in the same order
    (a sheet of one chunk, see packing_lists); a warning for each packing list no sheet matches."""
    unmatched = list(packing)
    for sheet in sheets:
        if not unmatched or sheet.body.height > chunk_rows:
            continue
        invoice = next(sheet.chunks)
        match = next(((name, listing) for name, listing in unmatched if lines_match(invoice, listing)), None)
        if match is not None:
            unmatched.remove(match)
            invoice = with_packing_list(invoice, match[1], (sheet.name, match[0]))
        sheet.chunks = iter([invoice])
    return [matched_by_none(name) for name, _ in unmatched]


def left_out(name: str) -> str:
    return f"sheet '{name}' has a header but no product lines below it; it is not read"


def _copies(sheets: list[SheetChunks]) -> list[RowProblem]:
    problems = []
    for at, sheet in enumerate(sheets):
        original = next((earlier for earlier in sheets[:at] if earlier.body.equals(sheet.body)), None)
        if original is not None:
            reason = (
                f"sheets '{original.name}' and '{sheet.name}' hold the same rows, cell for cell: read both, their "
                "goods are declared twice; name the sheets to read (--sheet NAME, or the upload form's Sheets)"
            )
            problems.append(RowProblem(None, None, reason))
    return problems


def _counted_on(chunk: ProductList, sheet: str, offset: int) -> ProductList:
    chunk.sheet, chunk.row_offset = sheet, offset
    for line in chunk.lines:
        line.sheet, line.sheet_row = sheet, line.row
        line.row += offset
        line.problems = [_moved(problem, offset, sheet) for problem in line.problems]
    chunk.problems = [_moved(problem, offset, sheet) for problem in chunk.problems]
    return chunk


def _moved(problem: RowProblem, offset: int, sheet: str) -> RowProblem:
    """A row's problem counted on and placed on its sheet (messages name the row on its sheet); a problem of the
    whole sheet said with its sheet."""
    if problem.row is not None:
        return problem.on_sheet(sheet, offset)
    if f"sheet '{sheet}'" in problem.reason:
        return problem
    return replace(problem, reason=f"sheet '{sheet}': {problem.reason}")


def _summed(totals: list[PrintedTotals]) -> PrintedTotals:
    """Each total summed over the sheets when every sheet printed it; else none."""
    summed = PrintedTotals()
    for name in _TOTALS:
        figures = [getattr(printed, name) for printed in totals]
        if all(figure is not None for figure in figures):
            setattr(summed, name, sum(figures, Decimal(0)))
    return summed


def _read_as_one(counted: list[str], chosen: bool) -> str:
    """Which sheets were read; how to read only some of them, unless the broker named them already."""
    read = f"the goods of {len(counted)} sheets are read as one list, in the workbook's order: {listed(counted)}"
    return (
        read if chosen else f"{read}; to read only some of them, name them (--sheet NAME, or the upload form's Sheets)"
    )
