"""How brokers build goods items from invoice lines, and split past 999 items."""

from collections.abc import Sequence
from decimal import Decimal

from domain.declaration.classified_line import ClassifiedLine
from domain.declaration.currency import invoiced_currency
from domain.declaration.declaration import MAX_ITEMS, Declaration
from domain.declaration.descriptions import shortened
from domain.declaration.goods_item import GoodsItem, ItemKey
from domain.declaration.header import DeclarationHeader
from domain.declaration.origin import origin_of
from domain.declaration.supplementary import supplementary_quantity
from domain.goods.product_line import ProductLine
from domain.measures import ZERO, Mass, Money, Quantity


def item_key(entry: ClassifiedLine, header: DeclarationHeader) -> ItemKey:
    origin = origin_of(entry.line, header)
    currency = invoiced_currency(entry.line, header)
    return ItemKey(entry.commodity_code.national, origin, header.preference, header.extended_procedure, currency)


def group_into_items(
    entries: Sequence[ClassifiedLine], header: DeclarationHeader, grouping: bool = True
) -> list[GoodsItem]:
    """Lines with the same national code, origin, preference, procedure and currency become one item."""
    groups: dict[object, list[ClassifiedLine]] = {}
    for index, entry in enumerate(entries):
        key: object = item_key(entry, header) if grouping else index
        groups.setdefault(key, []).append(entry)
    return [_item(number, group, header) for number, group in enumerate(groups.values(), start=1)]


def _item(number: int, group: list[ClassifiedLine], header: DeclarationHeader) -> GoodsItem:
    first = group[0]
    key = item_key(first, header)
    lines = [entry.line for entry in group]
    return GoodsItem(
        number=number,
        commodity_code=first.commodity_code,
        origin=key.origin,
        procedure=header.extended_procedure,
        national_procedure=header.national_procedure,
        tariff_description=shortened(first.tariff_description),
        commercial_descriptions=[ln.description for ln in lines],
        gross_mass=Mass(sum((_gross(ln) for ln in lines), ZERO)),
        net_mass=Mass(sum((ln.net_mass.kilograms for ln in lines if ln.net_mass), ZERO)),
        price=Money(sum((ln.value.amount for ln in lines if ln.value), ZERO), key.currency),
        packages=sum(_packages(ln) for ln in lines),
        package_kind=next((k for k in map(_package_kind, lines) if k), header.package_kind),
        supplementary=_supplementary(lines, first.supplementary_unit),
        preference=header.preference,
        line_rows=[ln.row for ln in lines],
    )


def _gross(line: ProductLine) -> Decimal:
    """Gross mass of a line; where only net is given, net stands in (brokers do the same)."""
    mass = line.gross_mass or line.net_mass
    return mass.kilograms if mass else ZERO


def _counted_in_packages(line: ProductLine) -> bool:
    """'200 bags' counts packages (a Rec 21 package kind), not goods in a supplementary unit; '1500 rolls' counts
    goods."""
    return line.quantity is not None and line.quantity.unit in SHIPPING_CONTAINERS


# Containers the goods travel in (Rec 20 X-codes): a quantity in them counts the packages. Goods counted by the
# roll, reel, bottle, can, bucket, tube or pack are counted as goods: 1500 rolls of wallpaper travel in cartons or on
# pallets the list does not count, so their packages are not stated (never the quantity).
SHIPPING_CONTAINERS = frozenset({"XBG", "XBX", "XCS", "XCT", "XPX", "XDR", "XBE"})


def _packages(line: ProductLine) -> int:
    """The packages the list states for the line (its packages column, or a quantity in shipping containers);
    0 when it states none, which the declaration's rules then name for the broker to state."""
    if line.packages is not None:
        return line.packages
    if _counted_in_packages(line) and line.quantity:
        return int(line.quantity.amount)
    return 0


def _package_kind(line: ProductLine) -> str | None:
    if line.package_kind:
        return line.package_kind
    return line.quantity.unit[1:] if _counted_in_packages(line) and line.quantity else None


def _supplementary(lines: list[ProductLine], unit: str | None) -> Quantity | None:
    """In the tariff line's unit where it is known; else the lines' own quantities, less those counting packages."""
    counted = lines if unit is not None else [ln for ln in lines if not _counted_in_packages(ln)]
    return supplementary_quantity(counted, unit)


def split_into_declarations(items: list[GoodsItem], header: DeclarationHeader) -> list[Declaration]:
    """At most 999 items per declaration; items are renumbered 1..n in each."""
    chunks = [items[i : i + MAX_ITEMS] for i in range(0, len(items), MAX_ITEMS)] or [[]]
    declarations = []
    for form, chunk in enumerate(chunks, start=1):
        for number, item in enumerate(chunk, start=1):
            item.number = number
        declarations.append(Declaration(header, chunk, form_number=form, forms_total=len(chunks)))
    return declarations
