"""The rendered XML is pinned by a golden file; set GUMRUK_REGENERATE_GOLDEN=1 to rewrite it on purpose."""

import os
from pathlib import Path

from lxml import etree

from adapters.declaration.renderer import XsdataDeclarationRenderer
from domain.declaration.declaration import Declaration

GOLDEN = Path(__file__).with_name("golden") / "tm_two_items.xml"


def test_rendering_matches_the_golden_file(renderer: XsdataDeclarationRenderer, small_declaration: Declaration) -> None:
    xml = renderer.render(small_declaration)
    if os.environ.get("GUMRUK_REGENERATE_GOLDEN"):
        GOLDEN.write_bytes(xml)
    assert xml == GOLDEN.read_bytes()


def test_plain_lxml_accepts_the_rendered_xml_against_the_served_schema(
    renderer: XsdataDeclarationRenderer, small_declaration: Declaration
) -> None:
    schema = etree.XMLSchema(etree.fromstring(renderer.schema()))
    schema.assertValid(etree.fromstring(renderer.render(small_declaration)))


def test_a_rendered_declaration_has_only_the_unverified_subdivision_warning(
    renderer: XsdataDeclarationRenderer, small_declaration: Declaration
) -> None:
    problems = renderer.validate(renderer.render(small_declaration))

    assert [(p.severity, p.row, p.column) for p in problems] == [("warning", 2, "Item 2 / Tarification / HScode")]
    assert "national subdivision not verified" in problems[0].reason
