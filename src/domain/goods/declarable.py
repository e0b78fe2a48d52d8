"""What a product list must state before its lines can go into goods items, beyond what the reader checks.

`columns` are the list's own: field name -> header as the supplier wrote it (see ProductList.columns).
"""

from domain.goods.problems import RowProblem, Severity
from domain.goods.product_line import ProductLine

DESCRIPTION, VALUE, UNIT_PRICE, QUANTITY = "description", "value", "unit_price", "quantity"
NET_MASS, GROSS_MASS = "net_mass", "gross_mass"
NO_AMOUNT_COLUMN = (
    "no amount column was found: write its header as 'Amount, USD' (or 'Сумма, USD', 'Jemi bahasy, USD'), "
    "or give a unit price and a quantity column, or, if a column holds the amounts, name it as value=HEADER "
    "(--column, or the upload form's Columns); a declaration needs the value of every line"
)


def wordless_description(line: ProductLine, columns: dict[str, str]) -> RowProblem | None:
    """A description of digits or signs only is an error of the row: no code can be chosen for it, and a
    declaration cannot describe goods by it. An empty description is already the reader's problem. Like every
    message about a line, the reason ends with the line's place in the file."""
    if not line.description or line.has_words:
        return None
    reason = f"no words to classify in '{line.description}': the description must say what the goods are"
    return line.problem(columns.get(DESCRIPTION, DESCRIPTION), line.placed(reason), Severity.ERROR)


def missing_amount_column(columns: dict[str, str]) -> RowProblem | None:
    """A list with no amount column would be declared at a customs value of 0: one problem for the file."""
    if not columns or _states_amounts(columns):
        return None
    return RowProblem(None, None, NO_AMOUNT_COLUMN, Severity.ERROR)


EMPTY_NET_MASS = "empty — the item this line goes into needs a net mass"  # the reader's warning on such a line
# like the quantity's (missing_quantity), it says how to name a column the reader did not take for the net mass
NO_NET_MASS_COLUMN = (
    "no net mass (weight) column was found: add a column 'Net weight, kg' (or 'Вес нетто, кг', 'Netto agramy, kg'), "
    "or, if a column holds it, name it as net_mass=HEADER (--column, or the upload form's Columns); a declaration "
    "needs the net mass of every goods item, and the gross mass is taken from it where none is given"
)


def missing_net_mass_column(columns: dict[str, str]) -> RowProblem | None:
    """A list with no net mass column would be refused by the declaration's schema once every line had been
    classified: one problem for the file, before that work is done."""
    if not columns or NET_MASS in columns:
        return None
    return RowProblem(None, None, NO_NET_MASS_COLUMN, Severity.ERROR)


NO_GROSS_MASS_COLUMN = (
    "no gross mass column was found: the gross mass is declared equal to the net mass for every line; state the "
    "gross mass of each item (box 35) before lodging, or add a column 'Gross weight, kg' (or 'Вес брутто, кг', "
    "'Brutto agramy, kg')"
)


def missing_gross_mass_column(columns: dict[str, str]) -> RowProblem | None:
    """A list with net masses but no gross mass column is declared with each line's net mass as its gross mass
    (see grouping): one warning for the file, as the packing's mass is then missing from every item."""
    if not columns or NET_MASS not in columns or GROSS_MASS in columns:
        return None
    return RowProblem(None, None, NO_GROSS_MASS_COLUMN, Severity.WARNING)


def unstated_gross_mass(line: ProductLine, columns: dict[str, str]) -> RowProblem | None:
    """An empty gross mass beside a net mass, in a list that has a gross mass column: the net mass stands in."""
    if GROSS_MASS not in columns or line.gross_mass is not None or line.net_mass is None:
        return None
    reason = "the gross mass is empty: the net mass is declared in its place (box 35); state it before lodging"
    return line.problem(columns[GROSS_MASS], line.placed(reason), Severity.WARNING)


def missing_columns(columns: dict[str, str]) -> list[RowProblem]:
    """The columns the list lacks, each one problem for the file: an error for those a declaration cannot do
    without, a warning for the gross mass, which the net mass stands in for."""
    found = (missing_amount_column(columns), missing_net_mass_column(columns), missing_gross_mass_column(columns))
    return [problem for problem in found if problem]


def unstated_value(line: ProductLine, columns: dict[str, str]) -> RowProblem | None:
    """An empty amount in a list that has an amount column; a stated 0 is the reader's warning, not this."""
    if line.value is not None or (columns and not _states_amounts(columns)):
        return None
    column = columns.get(VALUE) or columns.get(UNIT_PRICE) or VALUE
    if any(p.column == column and p.severity is Severity.ERROR for p in line.problems):
        return None  # the cell is there but unreadable: the reader already says why
    reason = "the amount is empty: a declaration needs the value of every line"
    return line.problem(column, line.placed(reason))


def _states_amounts(columns: dict[str, str]) -> bool:
    return VALUE in columns or (UNIT_PRICE in columns and QUANTITY in columns)
