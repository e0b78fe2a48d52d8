"""The rendered XML is pinned by a golden file; set GUMRUK_REGENERATE_GOLDEN=1 to rewrite it on purpose."""

import os
from dataclasses import replace
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

    assert [(p.severity, p.row, p.column) for p in problems] == [("warning", None, "commodity code")]
    assert problems[0].reason.startswith("national subdivision not verified on 1 goods item(s) (2)")


def test_the_unverified_subdivision_is_one_warning_for_the_whole_declaration(
    renderer: XsdataDeclarationRenderer, small_declaration: Declaration
) -> None:
    items = [replace(small_declaration.items[1], number=n) for n in range(1, 13)]
    problems = renderer.validate(renderer.render(replace(small_declaration, items=items)))

    assert len(problems) == 1
    assert problems[0].reason.startswith(
        "national subdivision not verified on 12 goods item(s) (1, 2, 3, 4, 5, 6, 7, 8, 9, 10 ...): "
    )
