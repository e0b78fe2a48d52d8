"""A problem the rules found in goods item N, told by the invoice lines the item was built from: by their place
in the file ('spreadsheet rows 8 and 10') where the reader gave one, else by their rows in the list."""

import re
from collections.abc import Mapping
from dataclasses import replace

from domain.declaration.declaration import Declaration
from domain.goods.problems import RowProblem
from domain.goods.product_line import ProductLine
from domain.goods.row_lists import listed, rows_in_words, sheet_rows_in_words

# 'line 5 of the file', "spreadsheet row 5 on sheet 'Invoice 2'"
_NUMBERED_PLACE = re.compile(r"(?P<kind>\D*\w) (?P<number>\d+)(?P<tail>(?:[^\d']|'[^']*')*)")


def at_invoice_rows(problem: RowProblem, declaration: Declaration, lines: Mapping[int, ProductLine]) -> RowProblem:
    """The renderer's `row` is the item's number; the user knows the rows of the list (on its sheet, in a list of
    several). A problem of the header, or of an item the declaration does not have, is left as it is. `lines`: by
    their row in the list."""
    if problem.row is None or not 1 <= problem.row <= len(declaration.items):
        return problem
    item = declaration.items[problem.row - 1]
    if not item.line_rows:
        return problem
    form = f" of declaration {declaration.part_number}" if declaration.parts_total > 1 else ""
    first = lines.get(item.line_rows[0])
    if len(item.line_rows) > 1 or form:
        note = f" (goods item {item.number}{form} holds {lines_in_words(item.line_rows, lines)})"
    else:
        note = f" ({first.place})" if first and first.place else ""
    sheet, sheet_row = (first.sheet, first.sheet_row) if first else (None, None)
    return replace(problem, row=item.line_rows[0], reason=problem.reason + note, sheet=sheet, sheet_row=sheet_row)


def lines_in_words(rows: list[int], lines: Mapping[int, ProductLine]) -> str:
    """The places of the lines at `rows`; their rows when a place is not known (lines stored before places were)."""
    places = [line.place for row in rows if (line := lines.get(row)) is not None and line.place]
    return places_in_words(places) if len(places) == len(rows) else rows_in_words(rows)


def places_in_words(places: list[str]) -> str:
    """['spreadsheet row 8', 'spreadsheet row 10'] -> 'spreadsheet rows 8 and 10'; ['line 3 of the file',
    'line 5 of the file'] -> 'lines 3 and 5 of the file'; places of different forms are listed as they are."""
    if len(places) == 1:
        return places[0]
    numbered = [_NUMBERED_PLACE.fullmatch(place) for place in places]
    forms = {(found["kind"], found["tail"]) for found in numbered if found}
    if None in numbered or len(forms) != 1:
        return listed(places)
    kind, tail = forms.pop()
    return f"{kind}s {listed([found['number'] for found in numbered if found])}{tail}"


def problem_rows_in_words(problems: list[RowProblem]) -> str:
    """The rows of `problems` as messages name them: 'rows 1, 3 and 4', or by their rows on each sheet in a list of
    several sheets: "rows 1 and 2 on sheet 'Лист1'; row 1 on sheet 'Лист2'"."""
    return sheet_rows_in_words(
        (problem.sheet, problem.sheet_row)
        if problem.sheet is not None and problem.sheet_row is not None
        else (None, problem.row)
        for problem in problems
        if problem.row is not None
    )
