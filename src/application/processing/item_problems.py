"""A problem the rules found in goods item N, told by the invoice rows the item was built from."""

from dataclasses import replace

from domain.declaration.declaration import Declaration
from domain.goods.problems import RowProblem

SHOWN_ROWS = 10


def at_invoice_rows(problem: RowProblem, declaration: Declaration) -> RowProblem:
    """The renderer's `row` is the item's number; the user knows the rows of the list. A problem of the
    header, or of an item the declaration does not have, is left as it is."""
    if problem.row is None or not 1 <= problem.row <= len(declaration.items):
        return problem
    item = declaration.items[problem.row - 1]
    if not item.line_rows:
        return problem
    form = f" of declaration {declaration.form_number}" if declaration.forms_total > 1 else ""
    several = len(item.line_rows) > 1
    note = f" (goods item {item.number}{form} holds {rows_in_words(item.line_rows)})" if several or form else ""
    return replace(problem, row=item.line_rows[0], reason=problem.reason + note)


def rows_in_words(rows: list[int]) -> str:
    """[3] -> 'row 3'; [1, 3, 4] -> 'rows 1, 3 and 4'; past SHOWN_ROWS the rest are counted."""
    if len(rows) == 1:
        return f"row {rows[0]}"
    if len(rows) > SHOWN_ROWS:
        return f"rows {', '.join(map(str, rows[:SHOWN_ROWS]))} and {len(rows) - SHOWN_ROWS} more"
    return f"rows {', '.join(map(str, rows[:-1]))} and {rows[-1]}"
