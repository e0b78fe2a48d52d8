"""A rendered declaration's money adds up, item by item, to the declaration's in both currencies to the cent, and
the rules refuse an XML whose items drift from it."""

from dataclasses import replace
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from adapters.declaration.renderer import XsdataDeclarationRenderer
from domain.declaration.allocation import to_cents
from domain.declaration.costs import apportion_costs
from domain.declaration.declaration import Declaration
from domain.declaration.header import DeliveryTerms
from domain.measures import Mass, Money

from .samples import HEADER, goods_item

FOB = replace(HEADER, delivery_terms=DeliveryTerms("FOB", "Mersin"))
MASSES = (140, 190, 65, 160, 35, 125, 95, 165)  # kg: freight shares that drifted 3 tetri when converted one by one
ITEM_OF = {  # the declaration's amount -> each item's
    "Valuation/Gs_Invoice": "Valuation_item/Item_Invoice",
    "Valuation/Gs_external_freight": "Valuation_item/item_external_freight",
    "Valuation/Gs_insurance": "Valuation_item/item_insurance",
}


def _declaration(prices: list[str], masses: list[str], freight: str, insurance: str, rate: str) -> Declaration:
    header = replace(FOB, external_freight=Decimal(freight), insurance=Decimal(insurance), exchange_rate=Decimal(rate))
    items = [goods_item(number, price=price) for number, price in enumerate(prices, 1)]
    for item, mass in zip(items, masses, strict=True):
        item.gross_mass = item.net_mass = Mass(Decimal(mass))
    apportion_costs(items, header)
    return Declaration(header, items)


def _amount(node: etree._Element, path: str) -> Decimal:
    return Decimal(node.findtext(path) or "0")


def _assert_items_add_up(root: etree._Element) -> None:
    items = root.findall("Item")
    for total, item_path in ITEM_OF.items():
        for part in ("Amount_foreign_currency", "Amount_national_currency"):
            summed = sum((_amount(item, f"{item_path}/{part}") for item in items), Decimal(0))
            assert summed == _amount(root, f"{total}/{part}"), f"{total}/{part}"
    national = sum(_amount(root, f"{total}/Amount_national_currency") for total in ITEM_OF)
    assert sum(_amount(item, "Valuation_item/Statistical_value") for item in items) == national


def test_1250_dollars_of_freight_at_3_5_are_4375_manat_in_the_header_and_over_the_items(
    renderer: XsdataDeclarationRenderer,
) -> None:
    declaration = _declaration(["7500.00"] * 8, [str(m) for m in MASSES], "1250.00", "0", "3.5")

    xml = renderer.render(declaration)

    root = etree.fromstring(xml)
    assert root.findtext("Valuation/Gs_external_freight/Amount_national_currency") == "4375.00"
    _assert_items_add_up(root)
    statistical = [_amount(item, "Valuation_item/Statistical_value") for item in root.findall("Item")]
    assert sum(statistical) == Decimal("214375.00")  # (60000 + 1250) x 3.5
    assert [p for p in renderer.validate(xml) if p.severity == "error"] == []


def test_an_xml_whose_items_drift_from_the_header_is_refused(renderer: XsdataDeclarationRenderer) -> None:
    """The XML of the new-user trial: each item's freight converted on its own, 3 tetri more than the header."""
    declaration = _declaration(["7500.00"] * 8, [str(m) for m in MASSES], "1250", "0", "3.5")
    root = etree.fromstring(renderer.render(declaration))
    for item in root.findall("Item"):
        national = item.find("Valuation_item/item_external_freight/Amount_national_currency")
        statistical = item.find("Valuation_item/Statistical_value")
        assert national is not None and statistical is not None
        alone = to_cents(_amount(item, "Valuation_item/item_external_freight/Amount_foreign_currency") * Decimal("3.5"))
        statistical.text = str(Decimal(statistical.text or "") + alone - Decimal(national.text or ""))
        national.text = str(alone)

    reasons = [(p.column, p.reason) for p in renderer.validate(etree.tostring(root)) if p.severity == "error"]

    assert reasons == [
        (
            "Valuation / Gs_external_freight / Amount_national_currency",
            "the external freight in national currency is 4375.00 but the items' shares add up to 4375.03, 0.03 more",
        ),
        (
            "General_information / Value_details",
            "box 12's value details is 4375.00 but the items' freight and insurance in national currency add up to "
            "4375.03, 0.03 more",
        ),
    ]


money = st.decimals(min_value=0, max_value=Decimal("1e7"), places=3, allow_nan=False).map(str)
kilograms = st.decimals(min_value=Decimal("0.001"), max_value=Decimal(50000), places=3, allow_nan=False).map(str)
rates = st.decimals(min_value=Decimal("0.0001"), max_value=Decimal(20000), places=6, allow_nan=False).map(str)
costs = st.decimals(min_value=0, max_value=Decimal("1e6"), places=2, allow_nan=False).map(str)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(money, kilograms), min_size=1, max_size=25), costs, costs, rates)
def test_any_declaration_adds_up_to_the_cent_and_passes_the_rules(
    renderer: XsdataDeclarationRenderer, lines: list[tuple[str, str]], freight: str, insurance: str, rate: str
) -> None:
    declaration = _declaration([p for p, _ in lines], [m for _, m in lines], freight, insurance, rate)

    xml = renderer.render(declaration)

    root = etree.fromstring(xml)
    _assert_items_add_up(root)
    assert _amount(root, "Valuation/Gs_external_freight/Amount_foreign_currency") == Decimal(freight)
    assert _amount(root, "Valuation/Gs_insurance/Amount_foreign_currency") == Decimal(insurance)
    assert [p for p in renderer.validate(xml) if p.severity == "error"] == []


def test_an_item_price_in_mills_is_rounded_so_that_the_prices_add_up(renderer: XsdataDeclarationRenderer) -> None:
    declaration = Declaration(HEADER, [goods_item(n, price="0.125") for n in (1, 2, 3)])
    declaration.items[0].price = Money(Decimal("0.125"), "USD")

    root = etree.fromstring(renderer.render(declaration))

    assert root.findtext("Valuation/Gs_Invoice/Amount_foreign_currency") == "0.38"  # 0.375
    assert [item.findtext("Tarification/Item_price") for item in root.findall("Item")] == ["0.13", "0.13", "0.12"]
    _assert_items_add_up(root)
