"""The XSD is enforced hard, and its errors read as a broker would say them."""

from lxml import etree

from adapters.declaration.renderer import XsdataDeclarationRenderer
from domain.declaration.declaration import Declaration
from domain.goods.problems import RowProblem

from .conftest import Edit
from .samples import declaration_of


def _at(problems: list[RowProblem], column: str) -> list[str]:
    return [p.reason for p in problems if p.column == column]


def test_a_seven_digit_commodity_code_is_named_with_its_item_and_box(
    renderer: XsdataDeclarationRenderer, small_declaration: Declaration, edited: Edit
) -> None:
    xml = edited(renderer.render(small_declaration), "Item[2]/Tarification/HScode/Commodity_code", "9403600")

    problems = renderer.validate(xml)

    assert _at(problems, "commodity code") == [
        "Item 2 commodity code '9403600' must be 8 digits: the first 8 digits of the 9-digit Turkmen commodity code",
        "Item 2 commodity code 94036000 has 8 digits; Turkmenistan codes have 9 "
        "(8 in Commodity_code + the rest in Precision_1)",
    ]
    assert {p.row for p in problems if p.severity == "error"} == {2}


def test_a_negative_mass_is_rejected(
    renderer: XsdataDeclarationRenderer, small_declaration: Declaration, edited: Edit
) -> None:
    xml = edited(renderer.render(small_declaration), "Item[1]/Valuation_item/Weight_itm/Gross_weight_itm", "-2.5")

    assert _at(renderer.validate(xml), "gross mass") == [
        "Item 1 gross mass '-2.5' must be a mass in kilograms above 0 with at most 3 decimals"
    ]


def test_a_mass_finer_than_a_gram_is_rejected(
    renderer: XsdataDeclarationRenderer, small_declaration: Declaration, edited: Edit
) -> None:
    xml = edited(renderer.render(small_declaration), "Item[1]/Valuation_item/Weight_itm/Net_weight_itm", "1.2345")

    assert _at(renderer.validate(xml), "net mass") == [
        "Item 1 net mass '1.2345' must be a mass in kilograms above 0 with at most 3 decimals"
    ]


def test_a_declaration_without_items_is_rejected(renderer: XsdataDeclarationRenderer, edited: Edit) -> None:
    xml = edited(renderer.render(declaration_of(1)), "Item", None)

    assert _at(renderer.validate(xml), "ASYCUDA") == ["the declaration is missing Item"]


def test_a_missing_box_is_named_where_it_was_expected(
    renderer: XsdataDeclarationRenderer, small_declaration: Declaration, edited: Edit
) -> None:
    xml = edited(renderer.render(small_declaration), "Item[2]/Packages", None)

    assert _at(renderer.validate(xml), "Item 2 / Tarification") == [
        "Item 2 Tarification is not expected here; expected Packages"
    ]


def test_an_incoterm_outside_the_list_is_rejected(
    renderer: XsdataDeclarationRenderer, small_declaration: Declaration, edited: Edit
) -> None:
    xml = edited(renderer.render(small_declaration), "Transport/Delivery_terms/Code", "DAT")

    assert _at(renderer.validate(xml), "Transport / Delivery_terms / Code") == [
        "Delivery_terms Code 'DAT' must be an Incoterms 2020 code: "
        "EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR or CIF"
    ]


def test_an_empty_declarant_code_is_called_empty(
    renderer: XsdataDeclarationRenderer, small_declaration: Declaration, edited: Edit
) -> None:
    xml = edited(renderer.render(small_declaration), "Declarant/Declarant_code", "")

    assert _at(renderer.validate(xml), "Declarant / Declarant_code") == [
        "Declarant_code is empty; it must be a trader identification number of 1 to 17 letters, digits, '-' or '/'"
    ]


def test_the_thousandth_item_is_refused(renderer: XsdataDeclarationRenderer) -> None:
    root = etree.fromstring(renderer.render(declaration_of(999)))
    extra = etree.fromstring(etree.tostring(root.find("Item")))
    extra.set("number", "1000")
    root.append(extra)

    problems = renderer.validate(etree.tostring(root))

    assert _at(problems, "Item 1000") == ["Item 1000: a declaration holds at most 999 goods items; split it"]


def test_a_file_that_is_not_xml_gives_one_problem(renderer: XsdataDeclarationRenderer) -> None:
    problems = renderer.validate(b"%PDF-1.7 \x00\x01 not a declaration")

    assert len(problems) == 1
    assert problems[0].reason.startswith("the file is not well-formed XML: Start tag expected")


def test_another_root_element_is_named(renderer: XsdataDeclarationRenderer) -> None:
    assert [p.reason for p in renderer.validate(b"<Declaration/>")] == [
        "the root element must be ASYCUDA, not 'Declaration'"
    ]


def test_a_file_that_declares_entities_gives_one_problem_not_an_internal_error(
    renderer: XsdataDeclarationRenderer,
) -> None:
    """A hostile trial: an internal entity stayed unexpanded and the schema check raised."""
    xml = b'<?xml version="1.0"?>\n<!DOCTYPE ASYCUDA [<!ENTITY x "I">]>\n<ASYCUDA><Property><Sad_flow>&x;</Sad_flow>' \
          b"</Property></ASYCUDA>"  # fmt: skip
    assert [p.reason for p in renderer.validate(xml)] == [
        "the file declares a DTD (<!DOCTYPE ... [...]>); a declaration has none"
    ]


def test_a_truncated_file_names_where_it_ends_once(renderer: XsdataDeclarationRenderer) -> None:
    """A hostile trial read 'Premature end of data in tag Item_price line 93, line 93, column 22'."""
    (problem,) = renderer.validate(b"<ASYCUDA>\n<Item>\n<Item_price>12")
    assert (
        problem.reason == "the file is not well-formed XML: Premature end of data in tag Item_price (line 3, column 15)"
    )
