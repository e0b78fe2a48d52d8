from decimal import Decimal

from domain.classification.commodity_code import CommodityCode
from domain.declaration.classified_line import NO_SUPPLEMENTARY_UNIT, ClassifiedLine
from domain.declaration.grouping import group_into_items
from domain.declaration.supplementary import supplementary_gaps
from domain.goods.problems import Severity
from domain.measures import Quantity
from tests.application.fakes import header, line


def entry(row: int, quantity: Quantity | None, unit: str | None, net: str = "2") -> ClassifiedLine:
    product = line(row, f"goods {row}", net=net)
    product.quantity = quantity
    return ClassifiedLine(product, CommodityCode("611595000"), "tariff text", unit)


def test_quantities_convert_within_their_dimension_and_not_across() -> None:
    assert Quantity(Decimal(10), "DZN").in_unit("H87") == Quantity(Decimal(120), "H87")
    assert Quantity(Decimal(3), "GRO").in_unit("H87") == Quantity(Decimal(432), "H87")
    assert Quantity(Decimal(2500), "H87").in_unit("T3") == Quantity(Decimal("2.5"), "T3")
    assert Quantity(Decimal("1.2"), "TNE").in_unit("KGM") == Quantity(Decimal(1200), "KGM")
    assert Quantity(Decimal(5), "H87").in_unit("PR") is None
    assert Quantity(Decimal(5), "LTR").in_unit("KGM") is None


def test_the_item_is_declared_in_the_unit_its_tariff_line_prescribes() -> None:
    dozens, pieces = Quantity(Decimal(10), "DZN"), Quantity(Decimal(30), "H87")
    [item] = group_into_items([entry(1, dozens, "H87"), entry(2, pieces, "H87")], header())
    assert item.supplementary == Quantity(Decimal(150), "H87")


def test_a_line_prescribing_kilograms_takes_the_net_mass_where_the_quantity_is_no_mass() -> None:
    [item] = group_into_items([entry(1, Quantity(Decimal(40), "XBG"), "KGM", net="1000")], header())
    assert item.supplementary == Quantity(Decimal(1000), "KGM")


def test_a_line_prescribing_no_unit_declares_none_and_a_line_under_no_known_tariff_line_none_either() -> None:
    [none] = group_into_items([entry(1, Quantity(Decimal(10), "DZN"), NO_SUPPLEMENTARY_UNIT)], header())
    [unknown] = group_into_items([entry(1, Quantity(Decimal(10), "DZN"), None)], header())
    assert none.supplementary is None and supplementary_gaps([entry(1, Quantity(Decimal(10), "DZN"), "")]) == []
    assert unknown.supplementary is None


def test_tea_in_pieces_without_an_imported_tariff_leaves_box_41_empty_and_one_warning_names_the_rows() -> None:
    """A trial declared tea, sugar and flour listed in 'pcs' as H87 pieces: the invoice's unit is not box 41's."""
    tea = [entry(1, Quantity(Decimal(40), "H87"), None), entry(2, Quantity(Decimal(25), "KGM"), None)]
    [item] = group_into_items(tea[:1], header())
    [both] = supplementary_gaps(tea)
    [one] = supplementary_gaps(tea[1:])
    assert item.supplementary is None
    assert (both.row, both.column, both.severity) == (None, "quantity", Severity.WARNING)
    assert both.reason == (
        "box 41 (supplementary quantity) is left empty for rows 1 and 2: the national tariff lines of their codes "
        "are not known (the national tariff is not imported, or states no supplementary unit for them); import the "
        "tariff, or state the quantities in the units their tariff lines prescribe"
    )
    assert (one.row, one.reason.startswith("box 41 (supplementary quantity) is left empty for row 2:")) == (2, True)


def test_a_quantity_the_prescribed_unit_cannot_hold_is_its_own_item_with_box_41_empty_and_a_warning() -> None:
    socks = [entry(1, Quantity(Decimal(10), "DZN"), "PR"), entry(2, Quantity(Decimal(24), "PR"), "PR")]
    dozens, pairs = group_into_items(socks, header())
    [gap] = supplementary_gaps(socks)

    assert (dozens.line_rows, dozens.supplementary) == ([1], None)
    assert (pairs.line_rows, pairs.supplementary) == ([2], Quantity(Decimal(24), "PR"))
    assert (gap.row, gap.column, gap.severity) == (1, "quantity", Severity.WARNING)
    assert gap.reason == (
        "box 41: quantity in pairs not stated; the line gives 10 dozens, which tariff line 611595000 cannot take: "
        "state it in pairs (PR)"
    )


def test_cartons_where_pieces_are_prescribed_or_no_tariff_line_is_known_are_named_on_their_row() -> None:
    pens = [entry(1, Quantity(Decimal(50), "XCT"), "H87"), entry(2, Quantity(Decimal(50), "XCT"), None)]
    [item], [unknown] = group_into_items(pens[:1], header()), group_into_items(pens[1:], header())
    prescribed, not_known = supplementary_gaps(pens)

    assert (item.supplementary, item.packages, unknown.supplementary, unknown.packages) == (None, 50, None, 50)
    assert prescribed.reason.startswith("box 41: quantity in pieces not stated; the line gives 50 cartons")
    assert (not_known.row, not_known.severity) == (2, Severity.WARNING)
    assert not_known.reason.startswith("box 41: quantity of goods not stated; the line gives 50 cartons")


def test_a_line_without_quantity_under_no_known_tariff_line_is_left_to_the_lists_warning() -> None:
    assert supplementary_gaps([entry(1, None, None)]) == []


def test_a_unit_the_reader_did_not_recognise_never_goes_into_box_41() -> None:
    """The reader keeps such a quantity with ZZ (and warns on the unit column): under no known tariff line box 41
    stays empty with a warning on the row, never '10 ZZ'; under one, the prescribed unit cannot take it either."""
    lines = [entry(1, Quantity(Decimal(10), "ZZ"), None), entry(2, Quantity(Decimal(10), "ZZ"), "H87")]
    [unknown], [prescribed] = group_into_items(lines[:1], header()), group_into_items(lines[1:], header())
    not_known, in_pieces = supplementary_gaps(lines)

    assert (unknown.supplementary, prescribed.supplementary) == (None, None)
    assert (not_known.row, not_known.column, not_known.severity) == (1, "quantity", Severity.WARNING)
    assert not_known.reason.startswith("box 41: quantity of goods not stated; the line's unit was not recognised")
    assert in_pieces.reason.startswith(
        "box 41: quantity in pieces not stated; the line gives 10 of a unit not recognised (ZZ), which tariff line"
    )
