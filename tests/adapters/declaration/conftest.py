"""The Turkmenistan renderer, a small declaration, and a way to edit the rendered XML."""

from collections.abc import Callable

import pytest
from lxml import etree

from adapters.declaration import registry
from adapters.declaration.country import CountrySchema
from adapters.declaration.renderer import XsdataDeclarationRenderer
from domain.declaration.declaration import Declaration

from .samples import DESKS, HEADER, goods_item


@pytest.fixture(scope="session")
def turkmenistan() -> CountrySchema:
    return registry.get("TM")


@pytest.fixture(scope="session")
def renderer(turkmenistan: CountrySchema) -> XsdataDeclarationRenderer:
    return XsdataDeclarationRenderer(turkmenistan)


@pytest.fixture
def small_declaration() -> Declaration:
    """Two items: a verified national code, and an undivided one (HS-6 + '000', not looked up)."""
    return Declaration(
        HEADER, [goods_item(1), goods_item(2, code="940360000", verified=False, price="349.99", texts=DESKS)]
    )


Edit = Callable[[bytes, str, str | None], bytes]


@pytest.fixture
def edited() -> Edit:
    """The XML with the element at `path` (below the root) set to `text`, or removed when `text` is None."""

    def edit(xml: bytes, path: str, text: str | None) -> bytes:
        root = etree.fromstring(xml)
        element = root.find(path)
        assert element is not None, path
        if text is None:
            element.getparent().remove(element)
        else:
            element.text = text
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8")

    return edit
