"""Packages of different kinds are never added up: lines that would make one goods item but state packages of two
kinds are one item per kind, with a warning naming their rows."""

from domain.classification.commodity_code import CommodityCode
from domain.declaration.classified_line import ClassifiedLine
from domain.declaration.grouping import group_into_items, item_groups
from domain.declaration.package_kinds import package_kind_splits
from domain.goods.product_line import ProductLine
from tests.application.fakes import header, line


def packed(row: int, packages: int | None, kind: str | None) -> ClassifiedLine:
    product: ProductLine = line(row, "LED bulb 9W E27", net="40")
    product.packages, product.package_kind = packages, kind
    return ClassifiedLine(product, CommodityCode("853952000"), "LED lamps")


def test_lines_in_packages_of_different_kinds_are_separate_items() -> None:
    entries = [packed(1, 10, "CT"), packed(2, 1, "PX"), packed(3, 5, "CT")]
    items = group_into_items(entries, header())
    assert [(item.line_rows, item.packages, item.package_kind) for item in items] == [
        ([1, 3], 15, "CT"), ([2], 1, "PX"),
    ]  # fmt: skip
    assert [p.reason for p in package_kind_splits(item_groups(entries, header()))] == [
        "rows 1, 2 and 3 would make one goods item but state packages of different kinds (CT, PX): packages of "
        "different kinds are never added up, so the lines are declared as one goods item per kind"
    ]


def test_a_line_stating_no_kind_goes_with_the_first_kind_and_one_kind_says_nothing() -> None:
    entries = [packed(1, None, None), packed(2, 10, "CT"), packed(3, 4, "CT")]
    items = group_into_items(entries, header())
    assert [(item.line_rows, item.packages, item.package_kind) for item in items] == [([1, 2, 3], 14, "CT")]
    assert package_kind_splits(item_groups(entries, header())) == []
