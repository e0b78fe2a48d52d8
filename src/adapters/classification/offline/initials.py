"""Initials in a line: a maker's or a material's capitals, which stand for no phrase word."""

import re

from adapters.classification.offline.text import normalise

_CAPITALS = re.compile(r"(?<![^\W\d_])[A-ZА-ЯЁİŞÇĞÖÜ]{2,4}(?![^\W\d_])")
_LOWER_CASE_WORD = re.compile(r"[a-zа-яёäöüçşýňžğı]{3,}")


def acronyms(line: str) -> frozenset[str]:
    """Words of two to four capitals in a line not written all in capitals ("Mis katod (Olmaliq KMK)", "PVX
    smola"): a maker's or a material's initials, not a phrase word written short ("kamik", "plavix"). In a line
    written all in capitals such a word may be shorthand ("BLK", "WHT")."""
    if not _LOWER_CASE_WORD.search(line):
        return frozenset()
    return frozenset(normalise(word) for word in _CAPITALS.findall(line))
