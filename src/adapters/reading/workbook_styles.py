"""What a workbook's cell styles show that calamine's strings lose: a font that strikes the text through (a
cancelled line) and a number format that shows a currency. Read from the styles part (xl/styles.xml); a cell's
`s` attribute is the index of its style in cellXfs."""

import re
import zipfile
from dataclasses import dataclass, field
from html import unescape
from io import BytesIO

from adapters.reading.number_formats import currency_of_format
from adapters.reading.sheet_xml import READ_ERRORS, workbook_part

_FONTS = re.compile(rb"<(?:\w+:)?fonts\b[^>]*>(.*?)</(?:\w+:)?fonts>", re.S)
_FONT = re.compile(rb"<(?:\w+:)?font\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?font>)", re.S)
# a strike not turned off; a tag holds no '<', so a tag left unclosed is given up at the next one
STRIKE = re.compile(rb"<(?:\w+:)?strike\b(?![^<>]*\bval=\"(?:0|false)\")[^<>]*>")
_RUN = re.compile(rb"<(?:\w+:)?r>(.*?)</(?:\w+:)?r>", re.S)
_THROUGH_LAST_RUN = re.compile(rb".*</(?:\w+:)?r>", re.S)  # backs up from the end: linear
_NUMBER_FORMAT = re.compile(rb"<(?:\w+:)?numFmt\b([^>]*)>")
_FORMAT_ID = re.compile(rb"\bnumFmtId=\"(\d+)\"")
_FORMAT_CODE = re.compile(rb"\bformatCode=\"([^\"]*)\"")
_CELL_STYLES = re.compile(rb"<(?:\w+:)?cellXfs\b[^>]*>(.*?)</(?:\w+:)?cellXfs>", re.S)
_STYLE = re.compile(rb"<(?:\w+:)?xf\b([^>]*)>")
_FONT_ID = re.compile(rb"\bfontId=\"(\d+)\"")


@dataclass(frozen=True, slots=True)
class CellStyles:
    struck: frozenset[int] = frozenset()  # the styles whose font strikes the text through
    currencies: dict[int, str] = field(default_factory=dict)  # style -> the currency its number format shows


def all_runs_struck(rich_text: bytes) -> bool:
    """Whether a rich text (an inline string's or a shared string's) has runs, each struck through. Runs are looked
    for only up to the end of the last one: a run start after it would search the rest of the text for its end,
    and each of many such starts again."""
    last = _THROUGH_LAST_RUN.match(rich_text)
    runs = _RUN.findall(rich_text, 0, last.end()) if last is not None else []
    return bool(runs) and all(STRIKE.search(run) for run in runs)


def _struck_fonts(styles: bytes) -> set[int]:
    block = _FONTS.search(styles)
    fonts = _FONT.findall(block.group(1)) if block is not None else []
    return {index for index, font in enumerate(fonts) if STRIKE.search(font)}


def _format_currencies(styles: bytes) -> dict[int, str]:
    """Number format id -> the currency it shows, for the workbook's own formats (ids from 164)."""
    found = {}
    for attributes in _NUMBER_FORMAT.findall(styles):
        number, code = _FORMAT_ID.search(attributes), _FORMAT_CODE.search(attributes)
        if number and code and (currency := currency_of_format(unescape(code.group(1).decode("utf-8", "replace")))):
            found[int(number.group(1))] = currency
    return found


def cell_styles(data: bytes) -> CellStyles:
    """The workbook's struck-through and currency styles; none when its styles cannot be read."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            styles = archive.read(workbook_part(archive, b"styles", "xl/styles.xml"))
    except READ_ERRORS:
        return CellStyles()
    block = _CELL_STYLES.search(styles)
    if block is None:
        return CellStyles()
    fonts, formats = _struck_fonts(styles), _format_currencies(styles)
    struck, currencies = set(), {}
    for index, attributes in enumerate(_STYLE.findall(block.group(1))):
        font, number = _FONT_ID.search(attributes), _FORMAT_ID.search(attributes)
        if font is not None and int(font.group(1)) in fonts:
            struck.add(index)
        if number is not None and (currency := formats.get(int(number.group(1)))):
            currencies[index] = currency
    return CellStyles(frozenset(struck), currencies)
