"""Columns a sheet hides (by hand, or 0 wide) are not read, as a person does not see them (ADR 0020): a hidden
'Description' or 'Amount' column beside the shown one is never a field's column, nor counts in choosing the list's
sheets. The hidden columns that hold anything are named once, by their letters, as the hidden rows are."""

import polars as pl

from adapters.reading.numbers import is_blank
from adapters.reading.raw_table import RawTable, column_name
from adapters.reading.sheet_xml import column_letters
from domain.goods.problems import RowProblem, Severity

_LISTED_COLUMNS = 10


def without_hidden_columns(table: RawTable, spans: list[tuple[int, int]]) -> None:
    """Blanks the table's columns the spans of sheet columns (first, last; 0-based) cover; those that held anything
    are noted in `table.hidden_columns`."""
    columns = _frame_columns(spans, table.first_column, table.frame.width)
    if not columns:
        return
    names = [column_name(column) for column in columns]
    held = table.frame.select((~is_blank(pl.col(name))).any() for name in names).row(0)
    table.frame = table.frame.with_columns(pl.lit(None, dtype=pl.String).alias(name) for name in names)
    table.hidden_columns = [column for column, filled in zip(columns, held, strict=True) if filled]


def _frame_columns(spans: list[tuple[int, int]], first_column: int, width: int) -> list[int]:
    covered: set[int] = set()
    for first, last in spans:
        covered.update(range(max(first, first_column) - first_column, min(last - first_column + 1, width)))
    return sorted(covered)


def hidden_columns_note(table: RawTable) -> list[RowProblem]:
    """One warning naming the hidden columns that held anything, ten of them at most."""
    if not table.hidden_columns:
        return []
    letters = [column_letters(table.first_column + column + 1) for column in table.hidden_columns]
    listed = ", ".join(letters[:_LISTED_COLUMNS]) + (", ..." if len(letters) > _LISTED_COLUMNS else "")
    reason = f"hidden columns are not read ({listed}): show them in the sheet to declare them"
    return [RowProblem(None, None, reason, Severity.WARNING)]
