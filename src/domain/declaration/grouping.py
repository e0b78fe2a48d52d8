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
from domain.declaration.package_kinds import split_by_package_kind
from domain.declaration.packages import package_kind_of, packages_of
from domain.declaration.supplementary import box_41_unit, supplementary_quantity
from domain.goods.product_line import ProductLine
from domain.measures import ZERO, Mass, Money, Quantity


def item_key(entry: ClassifiedLine, header: DeclarationHeader) -> ItemKey:
    origin = origin_of(entry.line, header)
    currency = invoiced_currency(entry.line, header)
    unit = box_41_unit(entry)
    return ItemKey(entry.commodity_code.national, origin, header.preference, header.extended_procedure, currency, unit)


def group_into_items(
    entries: Sequence[ClassifiedLine], header: DeclarationHeader, grouping: bool = True
) -> list[GoodsItem]:
    """Lines with the same national code, origin, preference, procedure, currency and box 41 unit become one
    item, unless they state packages of different kinds (package_kinds: one item per kind)."""
    parts = [part for group in item_groups(entries, header, grouping) for part in split_by_package_kind(group)]
    return [_item(number, part, header) for number, part in enumerate(parts, start=1)]


def item_groups(
    entries: Sequence[ClassifiedLine], header: DeclarationHeader, grouping: bool = True
) -> list[list[ClassifiedLine]]:
    """The lines of each item by their key, before packages of different kinds are kept apart."""
    groups: dict[object, list[ClassifiedLine]] = {}
    for index, entry in enumerate(entries):
        key: object = item_key(entry, header) if grouping else index
        groups.setdefault(key, []).append(entry)
    return list(groups.values())


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
        packages=sum(packages_of(ln) for ln in lines),
        package_kind=next((k for k in map(package_kind_of, lines) if k), header.package_kind),
        supplementary=_supplementary(lines, key, first.supplementary_unit),
        preference=header.preference,
        line_rows=[ln.row for ln in lines],
    )


def _gross(line: ProductLine) -> Decimal:
    """Gross mass of a line; where only net is given, net stands in (brokers do the same)."""
    mass = line.gross_mass or line.net_mass
    return mass.kilograms if mass else ZERO


def _supplementary(lines: list[ProductLine], key: ItemKey, unit: str | None) -> Quantity | None:
    """In the tariff line's unit; none where no tariff line is known or the lines cannot give it."""
    return None if key.supplementary_unit is None else supplementary_quantity(lines, unit)


def split_into_declarations(items: list[GoodsItem], header: DeclarationHeader) -> list[Declaration]:
    """At most 999 items per declaration; items are renumbered 1..n in each."""
    chunks = [items[i : i + MAX_ITEMS] for i in range(0, len(items), MAX_ITEMS)] or [[]]
    declarations = []
    for part, chunk in enumerate(chunks, start=1):
        for number, item in enumerate(chunk, start=1):
            item.number = number
        declarations.append(Declaration(header, chunk, part_number=part, parts_total=len(chunks)))
    return declarations
