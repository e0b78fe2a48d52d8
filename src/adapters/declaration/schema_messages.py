"""libxml2's schema errors retold for a broker: which item, which element, and what a valid value looks like."""

import re

from lxml import etree

from adapters.declaration.item_fields import item_field
from domain.declaration.declaration import MAX_ITEMS
from domain.goods.problems import RowProblem

_HEAD = re.compile(r"Element '[^']+'(?:, attribute '([^']+)')?: ")
_VALUE = re.compile(r"The value '(.*?)' |^'(.*?)' is not a valid value", re.DOTALL)
_LENGTH = re.compile(r"has a length of '(\d+)'")
_EXPECTED = re.compile(r"Expected is (one of )?\( ([^)]*) \)")
_MISSING_ATTRIBUTE = re.compile(r"attribute '([^']+)' is required")
_SHOWN = 60  # characters of a wrong value quoted back


class SchemaMessages:
    def __init__(self, root_name: str, descriptions: dict[str, str]) -> None:
        self._root_name = root_name
        self._descriptions = descriptions  # element path below the root -> what it must be

    def problem(self, error: etree._LogEntry, document: etree._Element) -> RowProblem:
        head = _HEAD.match(error.message)
        detail = error.message[head.end() :] if head else error.message
        element = _located(error.path, document)
        if error.type_name == "SCHEMAV_CVC_ELT_1":
            return RowProblem(None, None, f"the root element must be {self._root_name}, not '{document.tag}'")
        if element is None:
            return RowProblem(None, None, detail)
        chain = [node for node in reversed(list(element.iterancestors())) if node is not document] + [element]
        position = _item_position(chain[0])
        attribute = head.group(1) if head else None
        key = "/".join(str(node.tag) for node in chain) + (f"/@{attribute}" if attribute else "")
        column = " / ".join(f"Item {position}" if node is chain[0] and position else str(node.tag) for node in chain)
        column += f" / {attribute}" if attribute else ""
        words = item_field(key) if position else None
        reason = self._reason(error.type_name, detail, key, _subject(element, attribute, position, document))
        return RowProblem(position, words or column, reason)

    def _reason(self, type_name: str, detail: str, key: str, subject: str) -> str:
        if type_name == "SCHEMAV_ELEMENT_CONTENT":
            return _content_reason(detail, key, subject)
        missing = _MISSING_ATTRIBUTE.search(detail)
        if missing:
            return f"{subject}: the attribute '{missing.group(1)}' is missing"
        description = self._descriptions.get(key)
        if description is None:
            return f"{subject}: {detail}"
        return _value_reason(detail, subject, description)


def _content_reason(detail: str, key: str, subject: str) -> str:
    """Missing, misplaced or surplus elements."""
    expected = _EXPECTED.search(detail)
    wanted = ""
    if expected:
        wanted = ("one of " if expected.group(1) else "") + expected.group(2).replace(" ", "").replace(",", ", ")
    if "Missing child" in detail:
        return f"{subject} is missing {wanted}"
    if not wanted and key == "Item":
        return f"{subject}: a declaration holds at most {MAX_ITEMS} goods items; split it"
    return f"{subject} is not expected here" + (f"; expected {wanted}" if wanted else "")


def _value_reason(detail: str, subject: str, description: str) -> str:
    """A value outside its type: quote it back (shortened) with what the type allows."""
    value = _VALUE.search(detail)
    if value is None:
        length = _LENGTH.search(detail)
        size = f" is {length.group(1)} characters long; it" if length else ""
        return f"{subject}{size} must be {description}"
    written = value.group(1) if value.group(1) is not None else value.group(2)
    if not written.strip():
        return f"{subject} is empty; it must be {description}"
    shown = written if len(written) <= _SHOWN else written[:_SHOWN] + "..."
    return f"{subject} '{shown}' must be {description}"


def _subject(element: etree._Element, attribute: str | None, position: int | None, document: etree._Element) -> str:
    """'Item 3 Commodity_code', 'Delivery_terms Code': ASYCUDA names without '_' need their parent's."""
    if element is document:
        return "the declaration"
    if element.tag == "Item" and attribute is None:
        return f"Item {position}"
    name = attribute or str(element.tag)
    if position and (words := item_field(name)):
        return f"Item {position} {words}"
    owner = element if attribute else element.getparent()
    if "_" not in name and owner is not None and owner is not document and owner.tag != "Item":
        name = f"{owner.tag} {name}"
    return f"Item {position} {name}" if position else name


def _item_position(top: etree._Element) -> int | None:
    """1-based position of the goods item an element lies in, None for the header segments."""
    if top.tag != "Item":
        return None
    return 1 + sum(1 for _ in top.itersiblings("Item", preceding=True))


def _located(path: str | None, document: etree._Element) -> etree._Element | None:
    if not path:
        return None
    try:
        found = document.getroottree().xpath(path)
    except etree.XPathError:
        return None
    return found[0] if isinstance(found, list) and found and isinstance(found[0], etree._Element) else None
