"""Box 31's packages of an invoice line: its packages column, or a quantity counted in shipping containers (box 6's
total the broker states in the header: stated_packages.py)."""

from domain.goods.problems import ProblemKind, RowProblem
from domain.goods.product_line import ProductLine

PACKAGES_NOT_STATED = "the number of packages is not stated"

# Containers the goods travel in (Rec 20 X-codes): a quantity in them counts the packages. Goods counted by the
# roll, reel, bottle, can, bucket, tube or pack are counted as goods: 1500 rolls of wallpaper travel in cartons or on
# pallets the list does not count, so their packages are not stated (never the quantity).
SHIPPING_CONTAINERS = frozenset({"XBG", "XBX", "XCS", "XCT", "XPX", "XDR", "XBE"})


def counted_in_packages(line: ProductLine) -> bool:
    """'200 bags' counts packages (a Rec 21 package kind), not goods in a supplementary unit; '1500 rolls' counts
    goods."""
    return line.quantity is not None and line.quantity.unit in SHIPPING_CONTAINERS


def packages_of(line: ProductLine) -> int:
    """The packages the list states for the line (its packages column, or a quantity in shipping containers);
    0 when it states none, which the declaration's rules then name for the broker to state."""
    if line.packages is not None:
        return line.packages
    if counted_in_packages(line) and line.quantity:
        return int(line.quantity.amount)
    return 0


def package_kind_of(line: ProductLine) -> str | None:
    if line.package_kind:
        return line.package_kind
    return line.quantity.unit[1:] if counted_in_packages(line) and line.quantity else None


def says_packages_not_stated(problem: RowProblem) -> bool:
    return problem.kind is ProblemKind.PACKAGES_NOT_STATED
