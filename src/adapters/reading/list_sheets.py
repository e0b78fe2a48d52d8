"""Which sheet of a workbook holds the list to read, and which other sheet may add its packing details.

The sheet read is a visible one: of those with a header, one that states the amounts a declaration needs (an amount
column, or a unit price and a quantity) before one that does not, then the one whose header names the fields best,
then the one the workbook opens on. A packing list beside it (another visible sheet with masses or packages the
read sheet lacks, and no amounts) is kept to be matched line by line (see packing_lists); every other sheet with a
list is named in a warning and not read."""

from collections.abc import Mapping
from dataclasses import dataclass

from adapters.reading.header_detection import HEADER_SEARCH_ROWS, HeaderLayout, detect_header
from adapters.reading.packing_lists import PACKING_FIELDS
from adapters.reading.workbook_sheets import sheet_tabs
from adapters.reading.xlsx_table import Workbook
from application.ports.reader import UnusableFile


@dataclass(frozen=True, slots=True)
class ListSheets:
    read: str
    packing: str | None  # a visible sheet with the masses or packages the read one lacks, and no amounts
    notes: list[str]  # on the other sheets that hold a list, which are not read


@dataclass(frozen=True, slots=True)
class _Sheet:
    name: str
    layout: HeaderLayout
    active: bool

    @property
    def states_amounts(self) -> bool:
        columns = self.layout.columns
        return "value" in columns or ("unit_price" in columns and "quantity" in columns)

    def adds_to(self, other: "_Sheet") -> bool:
        """Whether this sheet, without amounts, has packing columns `other` lacks."""
        wanted = set(PACKING_FIELDS) - other.layout.columns.keys()
        return not self.states_amounts and not wanted.isdisjoint(self.layout.columns)


def list_sheets(
    workbook: Workbook, data: bytes, filename: str, named_columns: Mapping[str, str], searched: int
) -> ListSheets:
    """Of the first `searched` sheets; the first visible sheet when none has a header."""
    names = workbook.sheet_names
    if len(names) == 1:
        return ListSheets(names[0], None, [])
    tabs = sheet_tabs(data)
    visible = [name for name in names if name not in tabs.hidden] or names
    headed = []
    for name in names[:searched]:
        try:
            head = workbook.sheet(name, rows=HEADER_SEARCH_ROWS).head(HEADER_SEARCH_ROWS)
            headed.append(_Sheet(name, detect_header(head, filename, named_columns), name == tabs.active))
        except UnusableFile:
            continue
    shown = [sheet for sheet in headed if sheet.name in visible]
    if not shown and headed:
        hidden = ", ".join(f"'{sheet.name}'" for sheet in headed)
        raise UnusableFile(
            f"{filename} holds its list only on hidden sheet(s) {hidden}, and no visible sheet has one; unhide the "
            "sheet in Excel (right-click a sheet tab, Unhide) if it is the list to declare, and upload it again."
        )
    if not shown:
        return ListSheets(visible[0], None, [])
    chosen = max(shown, key=lambda sheet: (sheet.states_amounts, sheet.layout.score, sheet.active))
    packing = [sheet for sheet in shown if sheet.adds_to(chosen)]
    paired = max(packing, key=lambda sheet: sheet.layout.score) if chosen.states_amounts and packing else None
    return ListSheets(
        chosen.name,
        paired.name if paired else None,
        [_not_read(sheet, chosen, tabs.hidden) for sheet in headed if sheet not in (chosen, paired)],
    )


def _not_read(sheet: _Sheet, chosen: _Sheet, hidden: frozenset[str]) -> str:
    which = ", the one with the amounts" if chosen.states_amounts and not sheet.states_amounts else ""
    return (
        f"{'hidden ' if sheet.name in hidden else ''}sheet '{sheet.name}' also holds a list and was not read (one "
        f"sheet is read: '{chosen.name}'{which}); put every line on one sheet, or upload that sheet as a file of its "
        "own"
    )
