"""A full declaration (999 items) renders and validates; its speed is measured in bench/declaration.py."""

from adapters.declaration.renderer import XsdataDeclarationRenderer

from .samples import declaration_of


def test_999_items_render_and_validate(renderer: XsdataDeclarationRenderer) -> None:
    declaration = declaration_of(999)

    problems = renderer.validate(renderer.render(declaration))

    assert problems == []
