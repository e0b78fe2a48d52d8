"""The declaration's money against the sum of its items, exactly, to the cent: the invoice, freight and insurance in
the invoice currency and in national currency, box 12's value details, and the statistical values.

A customs officer adds the items up: Gumruk shares every amount out so that they add up exactly (see
`countries/tm/valuation.py`), and refuses an XML whose items drift from the declaration by a single cent.
"""

from decimal import Decimal

from adapters.declaration.country import CountrySchema
from adapters.declaration.rules.tree import Element, items_of, number, problem
from domain.goods.problems import RowProblem

CURRENCIES = (
    ("Amount_foreign_currency", "in the invoice currency"),
    ("Amount_national_currency", "in national currency"),
)
NATIONAL = CURRENCIES[-1][0]
VALUE_DETAILS = "General_information/Value_details"
STATISTICAL_VALUE = "Valuation_item/Statistical_value"
_ABSENT = Decimal("0.00")  # freight or insurance not written: there is none
INVOICE, FREIGHT, INSURANCE = "Valuation/Gs_Invoice", "Valuation/Gs_external_freight", "Valuation/Gs_insurance"
# (the declaration's, the items', what the declaration's is, what the items' are)
AMOUNTS = (
    (INVOICE, "Valuation_item/Item_Invoice", "the invoice total", "the item invoice amounts"),
    (FREIGHT, "Valuation_item/item_external_freight", "the external freight", "the items' shares"),
    (INSURANCE, "Valuation_item/item_insurance", "the insurance", "the items' shares"),
)


def money_sum_problems(root: Element, country: CountrySchema) -> list[RowProblem]:
    items = items_of(root)
    problems = []
    national: dict[str, Decimal | None] = {}  # the items' national amounts added up, for box 12 and box 46
    for total_path, item_path, total_words, item_words in AMOUNTS:
        optional = total_path != INVOICE  # the invoice is required: the XSD reports it missing
        for part, currency in CURRENCIES:
            total = _amount(root, total_path, part, optional)
            summed = _sum(items, item_path, part, optional)
            problems += _differs(f"{total_words} {currency}", total, item_words, summed, f"{total_path}/{part}")
        national[total_path] = _sum(items, item_path, NATIONAL, optional)
    freight_and_insurance = _sum_of(national[FREIGHT], national[INSURANCE])
    if root.find(VALUE_DETAILS) is not None:
        details, what = number(root, VALUE_DETAILS), "the items' freight and insurance in national currency"
        problems += _differs("box 12's value details", details, what, freight_and_insurance, VALUE_DETAILS)
    declared = _sum_of(national[INVOICE], freight_and_insurance)
    statistical = _sum(items, STATISTICAL_VALUE, None, optional=False)
    what = "the items' invoice, freight and insurance in national currency together"
    problems += _differs(what, declared, "the items' statistical values", statistical, STATISTICAL_VALUE)
    return problems


def _amount(node: Element, path: str, part: str | None, optional: bool) -> Decimal | None:
    """The amount at `path` (its `part`); 0.00 when an optional one is not written, None when unreadable."""
    if optional and node.find(path) is None:
        return _ABSENT
    return number(node, f"{path}/{part}" if part else path)


def _sum(items: list[Element], path: str, part: str | None, optional: bool) -> Decimal | None:
    amounts = [_amount(item, path, part, optional) for item in items]
    return None if None in amounts else sum((a for a in amounts if a is not None), _ABSENT)


def _sum_of(first: Decimal | None, second: Decimal | None) -> Decimal | None:
    return None if first is None or second is None else first + second


def _differs(what: str, total: Decimal | None, items: str, summed: Decimal | None, path: str) -> list[RowProblem]:
    """The problem when the items add up to other than the total, naming both and the difference."""
    if total is None or summed is None or summed == total:
        return []
    more = "more" if summed > total else "less"
    reason = f"{what} is {total} but {items} add up to {summed}, {abs(summed - total)} {more}"
    return [problem(reason, path)]
