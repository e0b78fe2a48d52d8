"""Box 31: a goods item's number of packages. The list may not state it (no packages column, a blank cell); Gumruk
then writes 0 rather than invent a count, and this rule says so in one warning naming the items, so the broker
states it before lodging. The header's total packages (box 6) is declared on the first item, as ASYCUDA exports
declare one shipment's packages: a declaration whose first item alone counts packages is read that way, without
the warning (`gumruk validate` sees only the XML; it cannot tell the other items' 0 from a blank)."""

from adapters.declaration.country import CountrySchema
from adapters.declaration.item_fields import item_field
from adapters.declaration.rules.tree import Element, items_of, problem, text, whole
from domain.declaration.packages import PACKAGES_NOT_STATED as NOT_STATED
from domain.goods.problems import ProblemKind, RowProblem, Severity
from domain.goods.row_lists import listed

NUMBER = "Packages/Number_of_packages"
KIND = "Packages/Kind_of_packages_code"
# UN/ECE Rec. 21 bulk kinds (gas, liquid, solids): goods in bulk are not counted in packages
BULK_KINDS = frozenset({"VG", "VL", "VO", "VQ", "VR", "VY"})
ADVICE = "state how many packages (cartons, bags, pallets, ...) the goods travel in before lodging"


def package_problems(root: Element, country: CountrySchema) -> list[RowProblem]:
    """One warning for the packed items declared with 0 packages (its row is the item when there is one)."""
    items = items_of(root)
    unstated = [
        position
        for position, item in enumerate(items, start=1)
        if whole(item, NUMBER) == 0 and text(item, KIND) not in BULK_KINDS
    ]
    if not unstated or _on_the_first_item(items, unstated):
        return []
    if len(unstated) == 1:
        reason = f"Item {unstated[0]}: {NOT_STATED} for its lines (0 written); {ADVICE}"
        return [problem(reason, NUMBER, unstated[0], Severity.WARNING, ProblemKind.PACKAGES_NOT_STATED)]
    named = listed([str(position) for position in unstated])
    reason = f"Items {named}: {NOT_STATED} for their lines (0 written); {ADVICE}"
    column = item_field(NUMBER) or NUMBER
    return [RowProblem(None, column, reason, Severity.WARNING, kind=ProblemKind.PACKAGES_NOT_STATED)]


def _on_the_first_item(items: list[Element], unstated: list[int]) -> bool:
    """The shipment's packages all declared on item 1, every other item at 0."""
    return len(items) > 1 and (whole(items[0], NUMBER) or 0) > 0 and unstated == list(range(2, len(items) + 1))
