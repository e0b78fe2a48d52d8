"""Which sheets of a workbook a person sees: the hidden ones and the tab the workbook opens on."""

import re
import zipfile
from dataclasses import dataclass
from io import BytesIO

from adapters.reading.sheet_xml import sheet_title

_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>", re.S)
_NAME = re.compile(rb"\bname=\"([^\"]*)\"")
_STATE = re.compile(rb"\bstate=\"(\w+)\"")
_ACTIVE_TAB = re.compile(rb"<(?:\w+:)?workbookView\b[^>]*?\bactiveTab=\"(\d+)\"", re.S)


@dataclass(frozen=True, slots=True)
class SheetTabs:
    hidden: frozenset[str]  # "hidden" or "veryHidden": a draft or a lookup table, not the list a person sends
    active: str | None  # the sheet the workbook opens on


def sheet_tabs(data: bytes) -> SheetTabs:
    """Read from xl/workbook.xml; a workbook whose parts cannot be read has no hidden sheet and no active tab."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            workbook = archive.read("xl/workbook.xml")
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError):
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
    return SheetTabs(frozenset(hidden), names[index] if index < len(names) else None)
