"""Which sheets of a workbook hold the goods to read, and which other sheet may add its packing details.

The sheets read are the visible ones with a header that state the amounts a declaration needs (an amount column,
or a unit price and a quantity), all of them, in the workbook's order: one sheet per invoice or container is one
list (ADR 0034). When no sheet states amounts, every visible sheet with a header is read. A packing list (another
visible sheet with masses or packages a sheet read lacks, and no amounts) is kept to be matched line by line (see
packing_lists): beside one invoice sheet the one that names its fields best, beside several every one; every other
sheet with a list is named in a warning and not read. Sheets the broker names (`chosen`) are the only ones looked
at, hidden or not (a hidden one with a note); one of several without a header is an error naming it, never left
out in silence, and one alone without a header is read as a list of descriptions with a note saying so."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from adapters.reading.header_detection import HEADER_SEARCH_ROWS, HeaderLayout, detect_header
from adapters.reading.packing_lists import PACKING_FIELDS
from adapters.reading.sheet_names import chosen_names, quoted_names
from adapters.reading.workbook_sheets import sheet_tabs
from adapters.reading.workbooks import AnyWorkbook
from application.ports.reader import UnusableFile


@dataclass(frozen=True, slots=True)
class ListSheets:
    read: list[str]  # the sheets whose goods are read, in the workbook's order
    packing: list[str]  # visible sheets with masses or packages a sheet read lacks, and no amounts
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
    workbook: AnyWorkbook,
    data: bytes,
    filename: str,
    named_columns: Mapping[str, str],
    searched: int,
    chosen: Sequence[str] = (),
) -> ListSheets:
    """Of the first `searched` sheets (or the `chosen` ones); the first visible sheet when none has a header."""
    names = chosen_names(workbook.sheet_names, chosen, filename) if chosen else workbook.sheet_names
    tabs = sheet_tabs(data)
    notes = [f"sheet '{name}' is hidden in the workbook; it is read because it was named" for name in names]
    notes = [note for name, note in zip(names, notes, strict=True) if chosen and name in tabs.hidden]
    if len(names) == 1:
        unheaded = _without_a_table(workbook, names[0], filename, named_columns) if chosen else []
        return ListSheets([names[0]], [], [*notes, *unheaded])
    hidden = frozenset() if chosen else tabs.hidden
    visible = [name for name in names if name not in hidden] or names
    headed = []
    for name in names[:searched]:
        try:
            head = workbook.sheet(name, rows=HEADER_SEARCH_ROWS).head(HEADER_SEARCH_ROWS)
            headed.append(_Sheet(name, detect_header(head, filename, named_columns), name == tabs.active))
        except UnusableFile as headless:
            if chosen:
                raise UnusableFile(f"sheet '{name}': {headless}") from None
    shown = [sheet for sheet in headed if sheet.name in visible]
    if not shown and headed:
        raise UnusableFile(
            f"{filename} holds its list only on hidden sheet(s) {quoted_names(s.name for s in headed)}, and no "
            "visible sheet has one; unhide the sheet in Excel (right-click a sheet tab, Unhide) if it is the list to "
            "declare, and upload it again."
        )
    if not shown:
        return ListSheets([visible[0]], [], [])
    goods = [sheet for sheet in shown if sheet.states_amounts] or shown
    packing = [sheet for sheet in shown if goods[0].states_amounts and any(sheet.adds_to(g) for g in goods)]
    if len(goods) == 1 and packing:
        packing = [max(packing, key=lambda sheet: sheet.layout.score)]
    not_read = [_not_read(sheet, goods, hidden) for sheet in headed if sheet not in goods and sheet not in packing]
    return ListSheets([sheet.name for sheet in goods], [sheet.name for sheet in packing], [*notes, *not_read])


def _without_a_table(workbook: AnyWorkbook, name: str, filename: str, named_columns: Mapping[str, str]) -> list[str]:
    """A note when the one sheet named has no header of a goods table: its rows are then read as descriptions."""
    try:
        detect_header(workbook.sheet(name, rows=HEADER_SEARCH_ROWS).head(HEADER_SEARCH_ROWS), filename, named_columns)
    except UnusableFile:
        return [
            f"sheet '{name}' holds no goods table (no header of one was found); its rows are read as a plain list of "
            "descriptions"
        ]
    return []


def _not_read(sheet: _Sheet, goods: list[_Sheet], hidden: frozenset[str]) -> str:
    which = " the one with the amounts" if goods[0].states_amounts and not sheet.states_amounts else ""
    if len(goods) == 1:
        read = f"one sheet is read: '{goods[0].name}'{',' + which if which else ''}"
    else:
        read = f"the sheets read are {quoted_names(s.name for s in goods)}{', those with the amounts' if which else ''}"
    return (
        f"{'hidden ' if sheet.name in hidden else ''}sheet '{sheet.name}' also holds a list and was not read ({read});"
        " put every line on one sheet, or upload that sheet as a file of its own"
    )
