from dataclasses import replace
from decimal import Decimal

from domain.classification.commodity_code import CommodityCode
from domain.declaration.classified_line import ClassifiedLine
from domain.declaration.currency import currency_taken_from_header
from domain.declaration.declaration import Declaration
from domain.declaration.descriptions import MAX_DESCRIPTION
from domain.declaration.grouping import group_into_items, split_into_declarations
from domain.goods.product_line import NO_CURRENCY
from domain.measures import Money, Quantity
from tests.application.fakes import header, line


def entry(row: int, code: str, origin: str = "DE", unit: str | None = None) -> ClassifiedLine:
    """A line under `code`; `unit`: the supplementary unit its tariff line prescribes (None: no tariff line known)."""
    product = line(row, f"goods {row}", value="10.50", net="2", gross="2.5")
    product.origin = origin
    return ClassifiedLine(product, CommodityCode(code), "tariff text", unit)


def test_lines_with_the_same_code_and_origin_form_one_item_with_summed_figures() -> None:
    items = group_into_items([entry(1, "847130000"), entry(2, "090220000"), entry(3, "847130000")], header())
    assert [item.line_rows for item in items] == [[1, 3], [2]]
    first = items[0]
    assert first.price.amount == Decimal("21.00")
    assert first.net_mass.kilograms == Decimal(4)
    assert first.gross_mass.kilograms == Decimal(5)
    assert first.commercial_descriptions == ["goods 1", "goods 3"]


def test_a_different_origin_makes_a_different_item() -> None:
    items = group_into_items([entry(1, "847130000", "DE"), entry(2, "847130000", "CN")], header())
    assert len(items) == 2


def test_without_grouping_every_line_is_an_item() -> None:
    items = group_into_items([entry(1, "847130000"), entry(2, "847130000")], header(), grouping=False)
    assert [item.number for item in items] == [1, 2]


def test_more_than_999_items_are_split_into_numbered_declarations() -> None:
    items = group_into_items([entry(n, "847130000") for n in range(1, 1202)], header(), grouping=False)
    declarations = split_into_declarations(items, header())
    assert [len(d.items) for d in declarations] == [999, 202]
    assert [d.part_number for d in declarations] == [1, 2]
    assert declarations[1].items[0].number == 1
    assert all(d.parts_total == 2 for d in declarations)


def test_lines_that_state_no_currency_are_invoiced_in_the_header_currency() -> None:
    first, second = entry(1, "847130000"), entry(2, "847130000")
    for product in (first.line, second.line):
        assert product.value is not None
        product.value = Money(product.value.amount, NO_CURRENCY)
    items = group_into_items([first, second], header())
    assert [(item.price.amount, item.price.currency) for item in items] == [(Decimal("21.00"), "USD")]
    assert currency_taken_from_header([first.line], header())[0].reason.startswith(
        "the product list states no currency: its amounts are taken as USD"
    )


def test_amounts_in_different_currencies_are_never_added_into_one_item() -> None:
    first, second = entry(1, "847130000"), entry(2, "847130000")
    second.line.value = Money(Decimal("7"), "EUR")
    items = group_into_items([first, second], header())
    assert [(item.price.amount, item.price.currency) for item in items] == [
        (Decimal("10.50"), "USD"),
        (Decimal("7"), "EUR"),
    ]
    assert currency_taken_from_header([first.line, second.line], header()) == []


def test_a_tariff_description_longer_than_box_31_holds_is_cut() -> None:
    long = replace(entry(1, "847130000"), tariff_description="Portable computers " * 200)
    item = group_into_items([long], header())[0]
    assert len(item.tariff_description) <= MAX_DESCRIPTION and item.tariff_description.endswith("…")


def test_packages_come_from_the_list_or_shipping_containers_never_from_rolls() -> None:
    """1500 rolls of wallpaper are 1500 goods, not 1500 packages: their packages are not stated (0, named by the
    declaration's rules); 40 bags are 40 packages; a packages column wins over both."""
    rolls, bags, stated = entry(1, "481490100", unit="XRO"), entry(2, "252329000"), entry(3, "690721000")
    rolls.line.quantity = Quantity(Decimal(1500), "XRO")
    bags.line.quantity = Quantity(Decimal(40), "XBG")
    stated.line.quantity, stated.line.packages = Quantity(Decimal(540), "MTK"), 18
    items = group_into_items([rolls, bags, stated], header())
    assert [(item.packages, item.package_kind) for item in items] == [(0, "PK"), (40, "BG"), (18, "PK")]
    assert items[0].supplementary == Quantity(Decimal(1500), "XRO")  # the rolls stay declared, as goods
    assert split_into_declarations(items, header())[0].packages == 58


def test_quantities_in_units_of_one_dimension_are_summed_in_its_base_unit_others_not_at_all() -> None:
    """Under a tariff line in metres, 3000 m and 4 km are one item of 7000 m; under none known, metres and pieces
    are still two items, each with box 41 left to the broker."""
    cable, wire = entry(1, "854449000", unit="MTR"), entry(2, "854449000", unit="MTR")
    cable.line.quantity, wire.line.quantity = Quantity(Decimal(3000), "MTR"), Quantity(Decimal(4), "KMT")
    (item,) = group_into_items([cable, wire], header())
    assert item.supplementary == Quantity(Decimal(7000), "MTR")
    untariffed, bolts = entry(1, "854449000"), entry(3, "854449000")
    untariffed.line.quantity, bolts.line.quantity = Quantity(Decimal(3000), "MTR"), Quantity(Decimal(50), "H87")
    metres, pieces = group_into_items([untariffed, bolts], header())
    assert (metres.line_rows, pieces.line_rows, metres.supplementary, pieces.supplementary) == ([1], [3], None, None)


def test_quantities_that_cannot_be_added_are_separate_items_each_with_its_own_value_and_mass() -> None:
    """2000 pieces and 40 cartons of LED bulbs are never declared as 2000 pieces holding the cartons' value; 1500 m
    and 2 rolls of copper wire are never one item: each can be stated in box 41 on its own."""
    pieces, cartons, metres, rolls = (entry(n, "853952000") for n in (1, 2, 3, 4))
    pieces.line.quantity, cartons.line.quantity = Quantity(Decimal(2000), "H87"), Quantity(Decimal(40), "XCT")
    metres.line.quantity, rolls.line.quantity = Quantity(Decimal(1500), "MTR"), Quantity(Decimal(2), "XRO")
    items = group_into_items([pieces, cartons, metres, rolls], header())
    assert [item.line_rows for item in items] == [[1], [2], [3], [4]]
    assert [item.supplementary for item in items] == [None] * 4  # no tariff line known: box 41 is left empty
    assert [item.price.amount for item in items] == [Decimal("10.50")] * 4


def test_a_quantity_in_cases_counts_the_packages() -> None:
    wine = entry(1, "220421000")
    wine.line.quantity = Quantity(Decimal(60), "XCS")
    (item,) = group_into_items([wine], header())
    assert (item.packages, item.package_kind, item.supplementary) == (60, "CS", None)


def test_a_declaration_fills_a_main_form_and_a_continuation_form_per_three_more_items() -> None:
    items = group_into_items([entry(n, "847130000") for n in range(1, 9)], header(), grouping=False)

    forms = [Declaration(header(), items[:count]).forms for count in (0, 1, 3, 4, 8)]

    assert forms == [1, 1, 2, 2, 4]  # as the ASYCUDA references: 3 items on 2 forms, 8 items on 4
