"""'\ufffd' in a CSV's text: a byte the code page it was read in does not define, or, in UTF-8 or UTF-16, a
character lost before the file was saved; and '?' inside a word of letters beyond ASCII ('Жары?диодты'), which
a program saving Kazakh or Uzbek text in a code page without its letters writes for them. The text is read as it
stands, and one warning names the first cell that holds it and how many more do."""

import re
from collections.abc import Callable

import polars as pl

from adapters.reading.file_lines import place_in_file
from adapters.reading.header_detection import HeaderLayout
from adapters.reading.raw_table import RawTable
from domain.goods.problems import RowProblem, Severity

_REPLACEMENT = "\ufffd"
_LOST_LETTER = r"[\p{L}&&[^\x00-\x7F]]\?\p{L}|\p{L}\?[\p{L}&&[^\x00-\x7F]]"  # Polars' regex: Rust's
_LOST_WORD = r"\w*(?:[^\W\x00-\x7f]\?\w|\w\?[^\W\x00-\x7f])[\w?]*"


def _reason(encoding: str, cells: int) -> str:
    more = f" (here and in {cells - 1} more cell{'s' if cells > 2 else ''})" if cells > 1 else ""
    if encoding.startswith("utf-"):
        lost = f"'{_REPLACEMENT}' stands for a character lost before the file was saved{more}"
        return f"{lost}: check the text against the invoice"
    return (
        f"'{_REPLACEMENT}' stands for a byte that is no character in {encoding}, the encoding the file was read "
        f"in{more}: save the file as UTF-8 and upload it again"
    )


def _lost_letters_reason(cells: int, word: str) -> str:
    more = f" (here and in {cells - 1} more cell{'s' if cells > 2 else ''})" if cells > 1 else ""
    return (
        f"'?' stands inside the word '{word}'{more}: letters were lost when the file was saved in a code page "
        "without them; check the text against the invoice, or save the list as UTF-8 from the original"
    )


def replacement_note(table: RawTable, layout: HeaderLayout) -> list[RowProblem]:
    """One warning at the first cell holding '\ufffd', on its row and column when it is a data row."""
    if table.replaced_in is None:
        return []
    marked = table.frame.select(pl.all().str.contains(_REPLACEMENT, literal=True).fill_null(False))
    return _note_at_first(table, layout, marked, lambda cells, _: _reason(table.replaced_in or "", cells))


def lost_letters_note(table: RawTable, layout: HeaderLayout) -> list[RowProblem]:
    """One warning at the first cell with '?' inside a word of letters beyond ASCII."""
    marked = table.frame.select(pl.all().str.contains(_LOST_LETTER).fill_null(False))
    return _note_at_first(table, layout, marked, _lost_letters_reason)


def _note_at_first(
    table: RawTable, layout: HeaderLayout, marked: pl.DataFrame, said: Callable[[int, str], str]
) -> list[RowProblem]:
    """`said(cells, word)`: the warning for `cells` marked cells, the first holding `word`."""
    cells = sum(marked.sum().row(0))
    if not cells:
        return []
    position, *flags = marked.with_row_index("position").filter(pl.any_horizontal(pl.exclude("position"))).row(0)
    place = place_in_file(position, table.is_workbook, table.file_lines, table.sheet)
    column = flags.index(True)
    word = re.search(_LOST_WORD, str(table.frame.row(position)[column]))
    reason = f"{said(cells, word[0] if word else '')} ({place})"
    if position < layout.first_data_row:
        return [RowProblem(None, None, reason, Severity.WARNING)]
    header = layout.header_of(column)
    return [RowProblem(position - layout.first_data_row + 1, header, reason, Severity.WARNING)]
