"""Items numbered 1..n, and the counts in the Property segment agreeing with the items."""

from adapters.declaration.country import CountrySchema
from adapters.declaration.rules.tree import Element, items_of, problem, whole
from domain.goods.problems import RowProblem

ITEMS_TOTAL = "Property/Nbers/Total_number_of_items"
PACKAGES_TOTAL = "Property/Nbers/Total_number_of_packages"


def numbering_problems(root: Element, country: CountrySchema) -> list[RowProblem]:
    items = items_of(root)
    problems = [
        problem(
            f"Item {position} is numbered {number}; items must be numbered 1 to {len(items)} in order",
            "number",
            position,
        )
        for position, number in enumerate((_number(item) for item in items), start=1)
        if number is not None and number != position
    ]
    declared_items = whole(root, ITEMS_TOTAL)
    if declared_items is not None and declared_items != len(items):
        problems.append(
            problem(f"Total_number_of_items is {declared_items} but there are {len(items)} items", ITEMS_TOTAL)
        )
    packages = [whole(item, "Packages/Number_of_packages") for item in items]
    declared_packages = whole(root, PACKAGES_TOTAL)
    if declared_packages is not None and None not in packages:
        counted = sum(p for p in packages if p is not None)
        if counted != declared_packages:
            problems.append(
                problem(
                    f"Total_number_of_packages is {declared_packages} but the items add up to {counted}",
                    PACKAGES_TOTAL,
                )
            )
    return problems + _form_problems(root)


def _number(item: Element) -> int | None:
    """The item's number attribute; a missing or malformed one is the XSD's to report."""
    written = (item.get("number") or "").strip()
    return int(written) if written.isdigit() else None


def _form_problems(root: Element) -> list[RowProblem]:
    form, forms = whole(root, "Property/Forms/Number_of_the_form"), whole(root, "Property/Forms/Total_number_of_forms")
    if form is None or forms is None or form <= forms:
        return []
    return [
        problem(
            f"Number_of_the_form {form} is more than Total_number_of_forms {forms}", "Property/Forms/Number_of_the_form"
        )
    ]
