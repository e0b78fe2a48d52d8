"""Kinds of package as lists write them ('Kisten', 'ctns', 'мешков', 'CT') -> UN/ECE Recommendation 21 codes, read
from a package kind column, from the words after the number in a packages cell ('4 Kisten', '20 мешков') or,
for a cell with the number alone, from the packages header ('CTNS')."""

import re

from adapters.reading.package_sizes import without_size
from adapters.reading.text_keys import text_key
from adapters.reading.units import unit_code

_REC_21_CODE = re.compile(r"[A-Z0-9]{2}")
_CONTAINER = "X"  # Rec 20 counts containers as units by their Rec 21 code after an 'X': XCT carton, XPX pallet
_ANY_PACKAGE = "PK"  # Rec 21's 'package', of no kind in particular
# kinds the unit vocabulary has no word for, named in packing cells giving each package's size ('1 t big bags')
_BULK_BAG = "43"  # Rec 21 'bag, super bulk': a big bag, FIBC, jumbo bag
_SIZED_KINDS = re.compile(
    r"(?i)\b(?:(?P<big>big[\s-]?bags?|fibcs?|jumbo[\s-]?bags?|bulk[\s-]?bags?|ton[\s-]?bags?|биг[\s-]?б[эе]г\w*|мкр)"
    r"|(?P<jerrican>jerr[iy]\s?cans?))\b"
)


def package_kind_code(text: str) -> str | None:
    """'CT' -> 'CT', 'Kisten' -> 'CS', 'ctns' -> 'CT', 'поддонов' -> 'PX'; None for words that name no package
    ('units', 'Stk') or are not in the unit vocabulary."""
    written = text.strip()
    if _REC_21_CODE.fullmatch(written):
        return written
    code = unit_code(written)
    if code and code.startswith(_CONTAINER):
        return code.removeprefix(_CONTAINER)
    words = without_size(written)
    return None if words is None else _sized_kind(words)


def _sized_kind(words: str) -> str | None:
    """The kind of package of a packing cell giving each one's size, by its words ('PP bags', 'big bags',
    'полипропиленовые мешки'): the whole, a big bag's words, else the last word naming a kind."""
    if found := _SIZED_KINDS.search(words):
        return _BULK_BAG if found.group("big") else "JC"
    kinds = [kind for part in (words, *reversed(words.split())) if (kind := package_kind_code(part))]
    return kinds[0] if kinds else None


def kind_in_header(header: str) -> str | None:
    """The kind of package a packages header names ('CTNS', 'No. of cartons', 'Кол-во коробок' -> 'CT', 'BX'), the
    kind of every package of its column whose cell names none; None for a header naming packages of no kind
    ('Packages', 'Кол-во мест', 'Кол-во упак.'), since a line's kind overrides the declaration header's."""
    words = text_key(header).split()
    kinds = {kind for word in words if (kind := package_kind_code(word)) and kind != _ANY_PACKAGE}
    return kinds.pop() if len(kinds) == 1 else None
