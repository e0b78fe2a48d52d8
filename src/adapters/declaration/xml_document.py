"""Parsing a declaration file safely: no entities, no network, and a problem instead of a traceback."""

from lxml import etree

from domain.goods.problems import RowProblem

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def parse_declaration(xml: bytes) -> etree._Element | RowProblem:
    try:
        root = etree.fromstring(xml, _PARSER)
    except etree.XMLSyntaxError as error:
        return RowProblem(None, None, f"the file is not well-formed XML: {error.msg}")
    if root.getroottree().docinfo.internalDTD is not None:  # its entities are left unexpanded: nothing to check
        return RowProblem(None, None, "the file declares a DTD (<!DOCTYPE ... [...]>); a declaration has none")
    return root
