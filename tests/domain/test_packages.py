from dataclasses import replace

from domain.declaration.grouping import group_into_items, split_into_declarations
from domain.declaration.packages import packages_stated_in_header
from tests.application.fakes import header
from tests.domain.test_grouping import entry


def test_the_headers_total_goes_on_the_first_item_only_where_no_line_gives_packages() -> None:
    stated = replace(header(), total_packages=12)
    items = group_into_items([entry(1, "847130000"), entry(2, "090220000")], stated)
    assert packages_stated_in_header(items, stated)
    assert [item.packages for item in items] == [12, 0]
    assert split_into_declarations(items, stated)[0].packages == 12


def test_packages_the_list_gives_are_kept_and_no_total_changes_nothing() -> None:
    packed = entry(1, "847130000")
    packed.line.packages = 3
    items = group_into_items([packed, entry(2, "090220000")], header())
    assert not packages_stated_in_header(items, replace(header(), total_packages=12))
    assert not packages_stated_in_header(items, header())
    assert [item.packages for item in items] == [3, 0]
