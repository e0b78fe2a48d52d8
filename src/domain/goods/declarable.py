"""What a product line must state before it can go into a goods item, beyond what the reader checks."""

from domain.goods.problems import RowProblem, Severity
from domain.goods.product_line import ProductLine

DESCRIPTION = "description"  # the field name a product list's `columns` are keyed by


def wordless_description(line: ProductLine, columns: dict[str, str]) -> RowProblem | None:
    """A description of digits or signs only is an error of the row: no code can be chosen for it, and a
    declaration cannot describe goods by it. An empty description is already the reader's problem."""
    if not line.description or line.has_words:
        return None
    reason = f"no words to classify in '{line.description}': the description must say what the goods are"
    return RowProblem(line.row, columns.get(DESCRIPTION, DESCRIPTION), reason, Severity.ERROR)
