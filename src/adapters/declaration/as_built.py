"""Reading an ASYCUDA-shaped declaration back into the boxes a broker checks (domain.declaration.as_built)."""

from lxml import etree

from adapters.declaration.rules.tree import items_of, text
from adapters.declaration.xml_document import parse_declaration
from domain.declaration.as_built import BuiltDeclaration, BuiltItem

HEADER_BOXES = {
    "customs_office": "Identification/Office_segment/Customs_clearance_office_code",
    "declaration_type": "Identification/Type/Type_of_declaration",
    "general_procedure": "Identification/Type/Declaration_gen_procedure_code",
    "consignee_code": "Traders/Consignee/Consignee_code",
    "consignee_name": "Traders/Consignee/Consignee_name",
    "exporter_name": "Traders/Exporter/Exporter_name",
    "declarant_code": "Declarant/Declarant_code",
    "declarant_name": "Declarant/Declarant_name",
    "trading_country": "General_information/Country/Trading_country",
    "export_country": "General_information/Country/Export/Export_country_code",
    "transport_mode": "Transport/Means_of_transport/Border_information/Mode",
    "transport_identity": "Transport/Means_of_transport/Border_information/Identity",
    "incoterm": "Transport/Delivery_terms/Code",
    "delivery_place": "Transport/Delivery_terms/Place",
    "border_office": "Transport/Border_office/Code",
    "total_items": "Property/Nbers/Total_number_of_items",
    "total_packages": "Property/Nbers/Total_number_of_packages",
    "gross_mass": "Valuation/Weight/Gross_weight",
    "invoice_amount": "Valuation/Gs_Invoice/Amount_foreign_currency",
    "currency": "Valuation/Gs_Invoice/Currency_code",
    "exchange_rate": "Valuation/Gs_Invoice/Currency_rate",
    "national_amount": "Valuation/Gs_Invoice/Amount_national_currency",
    "external_freight": "Valuation/Gs_external_freight/Amount_foreign_currency",
    "insurance": "Valuation/Gs_insurance/Amount_foreign_currency",
}


class UnreadableDeclaration(ValueError):
    pass


def as_built(xml: bytes, part: int, parts: int) -> BuiltDeclaration:
    root = parse_declaration(xml)
    if not isinstance(root, etree._Element):
        raise UnreadableDeclaration(root.reason)
    boxes = {name: found for name, path in HEADER_BOXES.items() if (found := text(root, path)) is not None}
    return BuiltDeclaration(part, parts, boxes, [_item(number, item) for number, item in enumerate(items_of(root), 1)])


def _item(number: int, item: etree._Element) -> BuiltItem:
    code = (text(item, "Tarification/HScode/Commodity_code") or "") + (
        text(item, "Tarification/HScode/Precision_1") or ""
    )
    supplementary = [
        (text(unit, "Suppplementary_unit_code") or "", text(unit, "Suppplementary_unit_quantity") or "")
        for unit in item.findall("Tarification/Supplementary_unit")
    ]
    return BuiltItem(
        number, code, text(item, "Goods_description/Commercial_Description") or "",
        text(item, "Goods_description/Description_of_goods"), text(item, "Goods_description/Country_of_origin_code"),
        text(item, "Packages/Number_of_packages"), text(item, "Packages/Kind_of_packages_code"),
        text(item, "Valuation_item/Weight_itm/Gross_weight_itm"),
        text(item, "Valuation_item/Weight_itm/Net_weight_itm"),
        supplementary, text(item, "Valuation_item/Item_Invoice/Amount_foreign_currency"),
        text(item, "Valuation_item/Statistical_value"),
    )  # fmt: skip
