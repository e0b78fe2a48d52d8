"""A full declaration (999 items) renders and validates well within a request's time."""

import time

from adapters.declaration.renderer import XsdataDeclarationRenderer

from .samples import declaration_of


def test_999_items_render_and_validate_in_under_five_seconds(renderer: XsdataDeclarationRenderer) -> None:
    declaration = declaration_of(999)

    started = time.perf_counter()
    problems = renderer.validate(renderer.render(declaration))
    elapsed = time.perf_counter() - started

    assert problems == []
    assert elapsed < 5.0, f"render + validate of 999 items took {elapsed:.2f} s"
