"""Box 31: a goods item's number of packages. The list may not state it (no packages column, a blank cell); Gumruk
then writes 0 rather than invent a count, and this rule says so for each such item, so the broker states it before
lodging."""

from adapters.declaration.country import CountrySchema
from adapters.declaration.rules.tree import Element, items_of, problem, text, whole
from domain.goods.problems import RowProblem, Severity

NUMBER = "Packages/Number_of_packages"
KIND = "Packages/Kind_of_packages_code"
# UN/ECE Rec. 21 bulk kinds (gas, liquid, solids): goods in bulk are not counted in packages
BULK_KINDS = frozenset({"VG", "VL", "VO", "VQ", "VR", "VY"})
NOT_STATED = "the number of packages is not stated"


def package_problems(root: Element, country: CountrySchema) -> list[RowProblem]:
    """A warning for each packed item declared with 0 packages (the item is the problem's row)."""
    problems = []
    for position, item in enumerate(items_of(root), start=1):
        kind = text(item, KIND)
        if whole(item, NUMBER) == 0 and kind not in BULK_KINDS:
            reason = (
                f"Item {position}: {NOT_STATED} for its lines (0 written); state how many packages (cartons, bags, "
                "pallets, ...) the goods travel in before lodging"
            )
            problems.append(problem(reason, NUMBER, position, Severity.WARNING))
    return problems
