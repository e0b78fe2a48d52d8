"""Goods items none of whose lines gave a net mass. The schema would refuse each twice, by internal names (net
mass and gross mass 0.000); instead one error names the net mass column as the list wrote it."""

from application.processing.item_problems import lines_in_words
from domain.declaration.declaration import Declaration
from domain.goods.declarable import EMPTY_NET_MASS
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_line import ProductLine

SCHEMA_MASS_FIELDS = frozenset({"net mass", "gross mass"})  # the schema's words for the masses of an item


def weightless_items(declaration: Declaration, lines: dict[int, ProductLine]) -> list[RowProblem]:
    """One error for each item with no net mass, at its first row, naming its lines' places in the file where
    known; `lines` by their row in the list."""
    problems = []
    for item in declaration.items:
        if item.net_mass.kilograms > 0 or not item.line_rows:
            continue
        noted = (p for row in item.line_rows for p in lines[row].problems if p.reason.startswith(EMPTY_NET_MASS))
        column = next((p.column for p in noted), None) or "net mass"
        held = lines_in_words(item.line_rows, lines)
        reason = f"empty — goods item {item.number} ({held}) needs a net mass and none of its lines gives one"
        problems.append(lines[item.line_rows[0]].problem(column, reason, Severity.ERROR))
    return problems


def without_schema_masses(found: list[RowProblem], weightless: list[RowProblem]) -> list[RowProblem]:
    """The schema's problems less its mass problems at the items `weightless` already names."""
    rows = {problem.row for problem in weightless}
    return [p for p in found if not (p.row in rows and p.column in SCHEMA_MASS_FIELDS)]
