"""How the domain declaration lands in the ASYCUDA boxes."""

from dataclasses import replace

import pytest
from lxml import etree

from adapters.declaration.errors import DeclarationRenderError
from adapters.declaration.renderer import XsdataDeclarationRenderer
from domain.declaration.declaration import Declaration


def _root(renderer: XsdataDeclarationRenderer, declaration: Declaration) -> etree._Element:
    return etree.fromstring(renderer.render(declaration))


def test_the_nine_digit_national_code_is_split_eight_plus_one(
    renderer: XsdataDeclarationRenderer, small_declaration: Declaration
) -> None:
    hscode = _root(renderer, small_declaration).find("Item/Tarification/HScode")

    assert (hscode.findtext("Commodity_code"), hscode.findtext("Precision_1")) == ("84713000", "0")


def test_an_undivided_code_is_marked_unverified(
    renderer: XsdataDeclarationRenderer, small_declaration: Declaration
) -> None:
    hscodes = _root(renderer, small_declaration).findall("Item/Tarification/HScode")

    assert [h.get("verified") for h in hscodes] == [None, "false"]


def test_items_are_numbered_and_national_amounts_use_the_rate(
    renderer: XsdataDeclarationRenderer, small_declaration: Declaration
) -> None:
    root = _root(renderer, small_declaration)

    assert [item.get("number") for item in root.findall("Item")] == ["1", "2"]
    assert root.findtext("Valuation/Gs_Invoice/Amount_foreign_currency") == "1549.99"
    assert root.findtext("Valuation/Gs_Invoice/Amount_national_currency") == "5424.97"
    assert root.findtext("Item[2]/Valuation_item/Statistical_value") == "1224.97"


def test_the_address_follows_the_name_on_the_next_line(
    renderer: XsdataDeclarationRenderer, small_declaration: Declaration
) -> None:
    name = _root(renderer, small_declaration).findtext("Traders/Consignee/Consignee_name")

    assert name == "«Ak Ýol Söwda» HJ\nGörogly köçesi 45, Aşgabat"


def test_an_incoterm_outside_incoterms_2020_cannot_be_rendered(
    renderer: XsdataDeclarationRenderer, small_declaration: Declaration
) -> None:
    header = small_declaration.header
    small_declaration.header = replace(header, delivery_terms=replace(header.delivery_terms, incoterm="DAT"))

    with pytest.raises(DeclarationRenderError, match="Delivery_terms / Code: 'DAT' is not one of EXW"):
        renderer.render(small_declaration)


def test_an_item_grouping_many_lines_keeps_its_descriptions_within_the_schema(
    renderer: XsdataDeclarationRenderer, small_declaration: Declaration
) -> None:
    many = [f"Cotton T-shirt for men, printed model {n:03}, size L" for n in range(1, 101)]
    item = replace(small_declaration.items[0], commercial_descriptions=many)
    xml = renderer.render(replace(small_declaration, items=[item]))
    problems = [p for p in renderer.validate(xml) if p.severity == "error"]
    assert problems == []
    description = etree.fromstring(xml).findtext("Item/Goods_description/Commercial_Description")
    assert description.startswith(many[0]) and description.endswith("more lines")
