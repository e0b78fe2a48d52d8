"""Which sheets of a workbook a person sees: the hidden ones and the tab the workbook opens on; and the sheets that
hold no cells to read (a chart sheet)."""

import re
import zipfile
from dataclasses import dataclass
from io import BytesIO

from adapters.reading.sheet_xml import READ_ERRORS, sheet_relationships, sheet_title

_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>", re.S)
_NAME = re.compile(rb"\bname=\"([^\"]*)\"")
_STATE = re.compile(rb"\bstate=\"(\w+)\"")
_ACTIVE_TAB = re.compile(rb"<(?:\w+:)?workbookView\b[^>]*?\bactiveTab=\"(\d+)\"", re.S)


@dataclass(frozen=True, slots=True)
class SheetTabs:
    hidden: frozenset[str]  # "hidden" or "veryHidden": a draft or a lookup table, not the list a person sends
    active: str | None  # the sheet the workbook opens on
    without_cells: frozenset[str] = frozenset()  # chart and dialog sheets


def _without_cells(archive: zipfile.ZipFile) -> frozenset[str]:
    """The sheets the workbook's relationships call chart or dialog sheets; none when they cannot be read."""
    try:
        kinds = [(name, attributes.get(b"Type", b"")) for name, attributes in sheet_relationships(archive)]
    except READ_ERRORS:
        return frozenset()
    return frozenset(name for name, kind in kinds if kind.endswith((b"/chartsheet", b"/dialogsheet")))


def sheet_tabs(data: bytes) -> SheetTabs:
    """Read from xl/workbook.xml; a workbook whose parts cannot be read has no hidden sheet and no active tab."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            workbook = archive.read("xl/workbook.xml")
            without_cells = _without_cells(archive)
    except READ_ERRORS:
        return SheetTabs(frozenset(), None)
    names, hidden = [], set()
    for tag in _SHEET.findall(workbook):
        name = _NAME.search(tag)
        if name is None:
            continue
        names.append(sheet_title(name.group(1)))
        state = _STATE.search(tag)
        if state is not None and state.group(1) != b"visible":
            hidden.add(names[-1])
    active = _ACTIVE_TAB.search(workbook)
    index = int(active.group(1)) if active else 0
    return SheetTabs(frozenset(hidden), names[index] if index < len(names) else None, without_cells)
