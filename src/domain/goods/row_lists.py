"""Several rows or places named in one problem: 'rows 1, 3 and 4', ten of them at most, the rest counted."""

from collections.abc import Iterable

SHOWN_ROWS = 10


def listed(words: list[str]) -> str:
    """'a, b and c' (two words at least); past SHOWN_ROWS: 'a, b, ... j and 4 more'."""
    if len(words) > SHOWN_ROWS:
        return f"{', '.join(words[:SHOWN_ROWS])} and {len(words) - SHOWN_ROWS} more"
    return f"{', '.join(words[:-1])} and {words[-1]}"


def rows_in_words(rows: list[int]) -> str:
    """[3] -> 'row 3'; [1, 3, 4] -> 'rows 1, 3 and 4'; past the tenth the rest are counted."""
    return f"row {rows[0]}" if len(rows) == 1 else f"rows {listed([str(row) for row in rows])}"


def sheet_rows_in_words(rows: Iterable[tuple[str | None, int]]) -> str:
    """Rows as messages name them, each (sheet, row on it) or (None, row in the list): 'rows 1, 3 and 4', or in a
    list of several sheets "rows 1 and 2 on sheet 'Лист1'; row 1 on sheet 'Лист2'"."""
    by_sheet: dict[str | None, list[int]] = {}
    for sheet, row in rows:
        by_sheet.setdefault(sheet, []).append(row)
    return "; ".join(
        rows_in_words(rows) + (f" on sheet '{sheet}'" if sheet is not None else "") for sheet, rows in by_sheet.items()
    )
