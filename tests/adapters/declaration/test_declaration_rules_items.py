"""Business rules over the goods items: numbering, money sums to the cent, masses within tolerance, commodity
codes."""

from lxml import etree

from adapters.declaration.renderer import XsdataDeclarationRenderer
from domain.declaration.declaration import Declaration

from .conftest import Edit
from .samples import declaration_of


def _reasons(renderer: XsdataDeclarationRenderer, xml: bytes) -> list[tuple[int | None, str, str]]:
    return [(p.row, p.column or "", p.reason) for p in renderer.validate(xml) if p.severity == "error"]


def test_items_must_be_numbered_one_to_n(renderer: XsdataDeclarationRenderer) -> None:
    root = etree.fromstring(renderer.render(declaration_of(3)))
    root.findall("Item")[1].set("number", "3")

    assert _reasons(renderer, etree.tostring(root)) == [
        (2, "item number", "Item 2 is numbered 3; items must be numbered 1 to 3 in order")
    ]


def test_the_item_count_must_match_the_items(renderer: XsdataDeclarationRenderer, edited: Edit) -> None:
    xml = edited(renderer.render(declaration_of(3)), "Property/Nbers/Total_number_of_items", "4")

    assert _reasons(renderer, xml) == [
        (None, "Property / Nbers / Total_number_of_items", "Total_number_of_items is 4 but there are 3 items")
    ]


def test_item_prices_must_add_up_to_the_invoice_to_the_cent(renderer: XsdataDeclarationRenderer, edited: Edit) -> None:
    xml = renderer.render(declaration_of(2))  # 2 x 1200.00
    a_cent_off = edited(xml, "Valuation/Gs_Invoice/Amount_foreign_currency", "2400.01")

    assert _reasons(renderer, xml) == []
    assert _reasons(renderer, edited(a_cent_off, "Valuation/Gs_Invoice/Amount_national_currency", "8400.04")) == [
        (
            None,
            "Valuation / Gs_Invoice / Amount_foreign_currency",
            "the invoice total in the invoice currency is 2400.01 but the item invoice amounts add up to 2400.00, "
            "0.01 less",
        ),
        (
            None,
            "Valuation / Gs_Invoice / Amount_national_currency",
            "the invoice total in national currency is 8400.04 but the item invoice amounts add up to 8400.00, "
            "0.04 less",
        ),
    ]


def test_net_mass_may_not_exceed_gross_mass(renderer: XsdataDeclarationRenderer, edited: Edit) -> None:
    xml = edited(renderer.render(declaration_of(2)), "Item[2]/Valuation_item/Weight_itm/Net_weight_itm", "12.6")

    assert _reasons(renderer, xml) == [
        (
            2,
            "net mass",
            "Item 2 net mass 12.6 kg is more than its gross mass 12.500 kg",
        )
    ]


def test_item_gross_masses_must_add_up_to_the_total(renderer: XsdataDeclarationRenderer, edited: Edit) -> None:
    xml = edited(renderer.render(declaration_of(2)), "Valuation/Weight/Gross_weight", "25.5")

    assert _reasons(renderer, xml) == [
        (None, "Valuation / Weight / Gross_weight", "the total gross mass is 25.5 kg but the items add up to 25.000 kg")
    ]


def test_commodity_code_and_precision_must_make_nine_digits(renderer: XsdataDeclarationRenderer, edited: Edit) -> None:
    xml = edited(renderer.render(declaration_of(1)), "Item/Tarification/HScode/Precision_1", "00")

    assert (
        1,
        "commodity code",
        "Item 1 commodity code 8471300000 has 10 digits; Turkmenistan codes have 9 "
        "(8 in Commodity_code + the rest in Precision_1)",
    ) in _reasons(renderer, xml)


def test_an_unverified_code_may_only_be_hs6_padded_with_zeros(
    renderer: XsdataDeclarationRenderer, small_declaration: Declaration, edited: Edit
) -> None:
    xml = edited(renderer.render(small_declaration), "Item[2]/Tarification/HScode/Commodity_code", "94036012")

    assert _reasons(renderer, xml) == [
        (
            2,
            "commodity code",
            "Item 2 commodity code 940360120 is marked unverified but is not HS 940360 padded with zeros: "
            "an unverified code may only be the undivided form",
        )
    ]


def test_items_must_share_the_invoice_currency(renderer: XsdataDeclarationRenderer, edited: Edit) -> None:
    xml = edited(renderer.render(declaration_of(2)), "Item[2]/Valuation_item/Item_Invoice/Currency_code", "EUR")

    assert _reasons(renderer, xml) == [
        (
            2,
            "currency",
            "Item 2 is invoiced in EUR but the declaration in USD",
        )
    ]


def test_a_packed_item_with_no_packages_stated_is_named_and_the_total_still_agrees(
    renderer: XsdataDeclarationRenderer, edited: Edit
) -> None:
    """0 packages is written rather than a count invented; the rule names the item so the broker states it."""
    xml = edited(renderer.render(declaration_of(1)), "Item/Packages/Number_of_packages", "0")
    xml = edited(xml, "Property/Nbers/Total_number_of_packages", "0")

    warnings = [(p.row, p.reason) for p in renderer.validate(xml) if p.severity == "warning"]
    assert _reasons(renderer, xml) == []
    assert len(warnings) == 1 and warnings[0][0] == 1
    assert warnings[0][1].startswith("Item 1: the number of packages is not stated for its lines")


def test_the_shipments_packages_all_on_the_first_item_are_read_as_box_6_declared_there(
    renderer: XsdataDeclarationRenderer, edited: Edit
) -> None:
    """As ASYCUDA exports do, and as Gumruk declares the header's total: `gumruk validate` warns of nothing."""
    xml = _three_items_with_no_packages_on(renderer, edited, (2, 3))

    assert renderer.validate(xml) == []


def test_goods_in_bulk_need_no_packages(renderer: XsdataDeclarationRenderer, edited: Edit) -> None:
    xml = edited(renderer.render(declaration_of(1)), "Item/Packages/Number_of_packages", "0")
    xml = edited(
        edited(xml, "Property/Nbers/Total_number_of_packages", "0"), "Item/Packages/Kind_of_packages_code", "VR"
    )

    assert renderer.validate(xml) == []


def test_several_items_with_no_packages_stated_are_named_in_one_warning(
    renderer: XsdataDeclarationRenderer, edited: Edit
) -> None:
    xml = _three_items_with_no_packages_on(renderer, edited, (1, 3))

    warnings = [p for p in renderer.validate(xml) if p.severity == "warning"]
    assert [(p.row, p.column) for p in warnings] == [(None, "number of packages")]
    assert warnings[0].reason.startswith("Items 1 and 3: the number of packages is not stated for their lines")


def _three_items_with_no_packages_on(
    renderer: XsdataDeclarationRenderer, edited: Edit, positions: tuple[int, ...]
) -> bytes:
    """Three goods items, those at `positions` with 0 packages; box 6 their total."""
    xml = renderer.render(declaration_of(3))
    for position in positions:
        xml = edited(xml, f"Item[{position}]/Packages/Number_of_packages", "0")
    return edited(xml, "Property/Nbers/Total_number_of_packages", str(_packages(xml)))


def _packages(xml: bytes) -> int:
    return sum(int(n) for n in etree.fromstring(xml).xpath("//Item/Packages/Number_of_packages/text()"))
