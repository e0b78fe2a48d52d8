"""Business rules over the header: code lists, the flow, Turkmenistan's own side of the trade, the rate, the
freight and insurance."""

from dataclasses import replace
from decimal import Decimal

from lxml import etree

from adapters.declaration.renderer import XsdataDeclarationRenderer
from domain.declaration.header import DeliveryTerms
from domain.goods.problems import Severity

from .conftest import Edit
from .samples import declaration_of


def _reasons(renderer: XsdataDeclarationRenderer, xml: bytes) -> list[tuple[str, str]]:
    return [(p.column or "", p.reason) for p in renderer.validate(xml)]


def test_country_codes_must_exist(renderer: XsdataDeclarationRenderer, edited: Edit) -> None:
    xml = edited(renderer.render(declaration_of(1)), "General_information/Country/Trading_country", "QQ")
    xml = edited(xml, "Item/Goods_description/Country_of_origin_code", "ZZ")

    assert _reasons(renderer, xml) == [
        ("General_information / Country / Trading_country", "Trading_country 'QQ' is not an ISO 3166 country code"),
        (
            "origin",
            "Item 1 origin 'ZZ' is not an ISO 3166 country code",
        ),
    ]


def test_currency_codes_must_exist(renderer: XsdataDeclarationRenderer, edited: Edit) -> None:
    xml = edited(renderer.render(declaration_of(1)), "Valuation/Gs_Invoice/Currency_code", "USX")
    xml = edited(xml, "Item/Valuation_item/Item_Invoice/Currency_code", "USX")

    assert ("Valuation / Gs_Invoice / Currency_code", "Currency_code 'USX' is not an ISO 4217 currency code") in (
        _reasons(renderer, xml)
    )


def test_the_flow_must_match_the_declaration_type(renderer: XsdataDeclarationRenderer, edited: Edit) -> None:
    xml = edited(renderer.render(declaration_of(1)), "Property/Sad_flow", "E")

    assert ("Property / Sad_flow", "Sad_flow E does not match declaration type IM") in _reasons(renderer, xml)


def test_an_import_must_be_destined_for_turkmenistan(renderer: XsdataDeclarationRenderer, edited: Edit) -> None:
    path = "General_information/Country/Destination/Destination_country_code"
    xml = edited(renderer.render(declaration_of(1)), path, "UZ")

    assert _reasons(renderer, xml) == [
        (
            "General_information / Country / Destination / Destination_country_code",
            "a declaration in Turkmenistan must have TM here, not 'UZ'",
        )
    ]


def test_the_importer_needs_a_twelve_digit_taxpayer_code(renderer: XsdataDeclarationRenderer, edited: Edit) -> None:
    xml = renderer.render(declaration_of(1))

    assert _reasons(renderer, edited(xml, "Traders/Consignee/Consignee_code", "10234567")) == [
        (
            "Traders / Consignee / Consignee_code",
            "the consignee's code '10234567' is not a Turkmenistan taxpayer code (12 digits)",
        )
    ]
    assert _reasons(renderer, edited(xml, "Traders/Consignee/Consignee_code", None)) == [
        ("Traders / Consignee / Consignee_code", "the consignee's taxpayer code in Turkmenistan is required")
    ]


def test_national_amounts_follow_the_rate(renderer: XsdataDeclarationRenderer, edited: Edit) -> None:
    xml = edited(renderer.render(declaration_of(1)), "Valuation/Gs_Invoice/Amount_national_currency", "4100.00")
    xml = edited(xml, "Item/Valuation_item/Item_Invoice/Amount_national_currency", "4100.00")  # still adding up

    assert _reasons(renderer, xml) == [
        (
            "Valuation / Gs_Invoice / Amount_national_currency",
            "4100.00 in national currency is not 1200.00 x 3.500000 = 4200.00",
        ),
        ("amount in national currency", "4100.00 in national currency is not 1200.00 x 3.500000 = 4200.00"),
        (
            "Valuation_item / Statistical_value",
            "the items' invoice, freight and insurance in national currency together is 4100.00 but the items' "
            "statistical values add up to 4200.00, 100.00 more",
        ),
    ]


def test_an_invoice_in_manat_has_rate_one(renderer: XsdataDeclarationRenderer, edited: Edit) -> None:
    xml = edited(renderer.render(declaration_of(1)), "Valuation/Gs_Invoice/Currency_code", "TMT")

    assert ("Valuation / Gs_Invoice", "the invoice is in TMT, the national currency: its rate must be 1") in (
        _reasons(renderer, xml)
    )


def test_freight_and_insurance_are_written_shared_and_checked(
    renderer: XsdataDeclarationRenderer, edited: Edit
) -> None:
    declaration = declaration_of(2)
    declaration.header = replace(declaration.header, delivery_terms=DeliveryTerms("FOB", "Mersin"))
    declaration.items[0].external_freight, declaration.items[1].external_freight = Decimal("60.00"), Decimal("40.00")
    declaration.items[0].insurance = Decimal("5.00")
    xml = renderer.render(declaration)

    root = etree.fromstring(xml)
    assert root.findtext("Valuation/Gs_external_freight/Amount_foreign_currency") == "100.00"
    assert root.findtext("Valuation/Gs_insurance/Amount_national_currency") == "17.50"
    assert root.findtext("General_information/Value_details") == "367.50"  # box 12, national currency
    assert root.findtext("Item/Valuation_item/Statistical_value") == "4427.50"  # (1200 + 60 + 5) x 3.5
    assert root.find("Item[2]/Valuation_item/item_insurance") is None
    assert _reasons(renderer, xml) == []
    tampered = edited(xml, "Valuation/Gs_external_freight/Amount_foreign_currency", "90.00")
    said = "the external freight in the invoice currency is 90.00 but the items' shares add up to 100.00, 10.00 more"
    assert ("Valuation / Gs_external_freight / Amount_foreign_currency", said) in _reasons(renderer, tampered)
    carriage_paid = edited(xml, "Transport/Delivery_terms/Code", "CIF")
    assert _reasons(renderer, carriage_paid) == [
        (
            "header: external_freight",
            "freight is added to the invoice although under CIF the price includes the carriage",
        )
    ]


def test_e_and_f_terms_without_freight_warn_that_the_price_stops_short_of_the_border(
    renderer: XsdataDeclarationRenderer,
) -> None:
    declaration = declaration_of(1)
    declaration.header = replace(declaration.header, delivery_terms=DeliveryTerms("EXW", "Yiwu"))
    factory_price = renderer.render(declaration)
    [warning] = renderer.validate(factory_price)
    assert (warning.column, warning.severity) == ("header: external_freight", Severity.WARNING)
    assert warning.reason.startswith(
        "under EXW Yiwu the price excludes the carriage to the border: state the freight (and insurance) from Yiwu "
        "to the border of entry in box 12"
    )
    declaration.items[0].external_freight = Decimal("80.00")
    assert _reasons(renderer, renderer.render(declaration)) == []
    declaration.items[0].external_freight = Decimal(0)
    declaration.header = replace(declaration.header, delivery_terms=DeliveryTerms("DAP", "Aşgabat"))
    assert _reasons(renderer, renderer.render(declaration)) == []
