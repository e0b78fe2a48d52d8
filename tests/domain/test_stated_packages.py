from dataclasses import replace

from domain.declaration.grouping import group_into_items, split_into_declarations
from domain.declaration.stated_packages import STATED_TOTAL, declare_stated_packages, packages_stated_in_header
from domain.goods.problems import Severity
from tests.application.fakes import header
from tests.domain.test_grouping import entry


def test_the_headers_total_goes_on_the_first_item_only_where_no_line_gives_packages() -> None:
    stated = replace(header(), total_packages=12)
    items = group_into_items([entry(1, "847130000"), entry(2, "090220000")], stated)
    assert declare_stated_packages(items, stated) == []
    assert packages_stated_in_header(items, stated)
    assert [item.packages for item in items] == [12, 0]
    assert split_into_declarations(items, stated)[0].packages == 12


def test_no_total_in_the_header_keeps_the_lines_counts_and_says_nothing() -> None:
    items = group_into_items([entry(1, "847130000"), entry(2, "090220000")], header())
    items[0].packages = 3
    assert declare_stated_packages(items, header()) == []
    assert not packages_stated_in_header(items, header())
    assert [item.packages for item in items] == [3, 0]


def test_lines_counting_more_than_the_stated_total_give_way_to_it_with_a_warning_naming_both() -> None:
    items = group_into_items([entry(1, "847130000"), entry(2, "090220000"), entry(3, "940540000")], header())
    items[1].packages, items[2].packages = 40, 50
    [warning] = declare_stated_packages(items, replace(header(), total_packages=42))
    assert [item.packages for item in items] == [42, 0, 0]
    assert (warning.row, warning.column, warning.severity) == (None, STATED_TOTAL, Severity.WARNING)
    assert warning.reason == (
        "box 6: the header states 42 packages but the lines count 90; the header's 42 declared, all on item 1 and 0 "
        "on the others: check which count is right before lodging"
    )


def test_lines_counting_fewer_keep_their_counts_and_the_rest_goes_on_the_first_item_counting_none() -> None:
    items = group_into_items([entry(1, "847130000"), entry(2, "090220000"), entry(3, "940540000")], header())
    items[0].packages = 40
    [warning] = declare_stated_packages(items, replace(header(), total_packages=100))
    assert [item.packages for item in items] == [40, 60, 0]
    assert "the header states 100 packages but the lines count 40" in warning.reason
    assert "the lines' counts kept and the other 60 on item 2" in warning.reason


def test_a_total_the_lines_agree_with_changes_nothing_and_says_nothing() -> None:
    items = group_into_items([entry(1, "847130000"), entry(2, "090220000")], header())
    items[0].packages, items[1].packages = 40, 2
    assert declare_stated_packages(items, replace(header(), total_packages=42)) == []
    assert [item.packages for item in items] == [40, 2]
