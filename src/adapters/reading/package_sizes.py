"""Packing cells that give the size of each package, not how many: '25 kg bags', '25кг мешки', 'мешки по 50 кг',
'50 kg PP bags', '1 t big bags', '200 l drums', '20 л канистры'. The figure before a mass or volume unit is what one
package holds; the words name the kind (package_kinds). How many packages the line has is then worked out from its
masses (package_counts). A cell opening with a count ('1600 bags x 25 kg') keeps its count."""

import re
from decimal import Decimal, InvalidOperation

from adapters.reading.units import unit_code

_NUMBER = r"\d+(?:[.,]\d+)?"
_UNIT = (
    r"kgs|kg|kq|кг|tonnes|tonne|tons|ton|tn|mt|t|тонн[аы]?|тн|т|grams|gr|g|гр|г|litres|liters|litre|liter|ltr|lt|l"
    r"|литр(?:а|ов)?|л|ml|мл|m3|м3"
)
# the figure and unit of one package's size; the unit ends where no letter follows ('25 kg', not '25 tins')
_SIZE_CORE = rf"({_NUMBER})\s*-?\s*({_UNIT})\.?(?:$|[^\w])"
SIZE = r"(?i)(?:^|[^\d.,])" + _SIZE_CORE  # Rust-regex compatible: polars tells the cells by it
OPENS_WITH_SIZE = rf"(?i)^{_SIZE_CORE}"
OPENS_WITH_DIGIT = r"^\s*\d"
OPENING_COUNT = r"^\s*(\d[\d\s\x{00a0}.,']*?)\s*[^\W\d_]"  # '1600' of '1600 bags x 25 kg'
_SIZE = re.compile(SIZE)
# the words that tie a size to its package: 'мешки по 50 кг', 'bags of 25 kg', 'drums x 200 l', 'bags @ 25kg'
_TIES = re.compile(r"(?i)(?:^|\s)(?:по|of|x|х|×|à|a|@|per|each|each of|net|нетто)(?=\s|$)|[(),;:/@×]")
# Base unit of each measure: a size in tonnes is in kilograms times 1000, in millilitres litres / 1000
_BASE = {
    "KGM": ("M", Decimal(1)),
    "TNE": ("M", Decimal(1000)),
    "GRM": ("M", Decimal("0.001")),
    "LTR": ("V", Decimal(1)),
    "MLT": ("V", Decimal("0.001")),
    "MTQ": ("V", Decimal(1000)),
}


def _size(match: re.Match[str]) -> tuple[str, Decimal] | None:
    code = unit_code(match.group(2))
    if code not in _BASE:
        return None
    try:
        figure = Decimal(match.group(1).replace(",", "."))
    except InvalidOperation:
        return None
    measure, factor = _BASE[code]
    return (measure, figure * factor) if figure > 0 else None


def package_size(text: str) -> str | None:
    """One package's size in a packing cell, as 'M25' (25 kg a package) or 'V200' (200 litres); None without one."""
    match = _SIZE.search(text)
    size = _size(match) if match else None
    return None if size is None else f"{size[0]}{size[1].normalize():f}"


def without_size(text: str) -> str | None:
    """The words of a packing cell with a size, its size and the words tying it taken out ('мешки по 50 кг' ->
    'мешки', '50 kg PP bags' -> 'PP bags'); None for a cell without a size."""
    match = _SIZE.search(text)
    if match is None or _size(match) is None:
        return None
    rest = text[: match.start(1)] + " " + text[match.end(2) :]
    rest = _TIES.sub(" ", rest.replace(".", " "))
    return " ".join(rest.split())
