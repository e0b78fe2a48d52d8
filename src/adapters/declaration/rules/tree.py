"""Reading a parsed declaration for the business rules.

Absent or malformed values read as None: the XSD check already reports them, a rule only judges what it can read.
"""

from decimal import Decimal, InvalidOperation
from typing import TypeAlias

from lxml import etree

from adapters.declaration.item_fields import item_field
from domain.goods.problems import ProblemKind, RowProblem, Severity

Element: TypeAlias = etree._Element


def items_of(root: Element) -> list[Element]:
    return root.findall("Item")


def text(node: Element, path: str) -> str | None:
    found = node.find(path)
    if found is None or found.text is None or not found.text.strip():
        return None
    return found.text.strip()


def number(node: Element, path: str) -> Decimal | None:
    value = text(node, path)
    if value is None:
        return None
    try:
        parsed = Decimal(value)
    except InvalidOperation:
        return None
    return parsed if parsed.is_finite() else None


def whole(node: Element, path: str) -> int | None:
    value = number(node, path)
    return int(value) if value is not None and value == value.to_integral_value() else None


def column(path: str, position: int | None = None) -> str:
    """'Valuation_item/Weight_itm/Net_weight_itm' of an item -> 'net mass' (the item is the problem's row);
    an element without a plain name keeps its path: 'Item 3 / Tarification', 'Valuation / Gs_Invoice'."""
    if position is not None and (words := item_field(path)):
        return words
    parts = path.split("/")
    return " / ".join([f"Item {position}", *parts] if position is not None else parts)


def problem(
    reason: str,
    path: str,
    position: int | None = None,
    severity: Severity = Severity.ERROR,
    kind: ProblemKind | None = None,
) -> RowProblem:
    return RowProblem(row=position, column=column(path, position), reason=reason, severity=severity, kind=kind)
