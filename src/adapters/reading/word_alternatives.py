"""Vocabulary words as one regex alternation, for the label patterns of totals and charges."""

import re
from collections.abc import Iterable

_TURKISH_I = str.maketrans({"i": "[iİı]", "ı": "[ıIi]"})


def alternatives(words: Iterable[str], *, turkish_i: bool = False) -> str:
    """The words as regex alternatives, longest first (so 'sea freight' wins over 'sea'), each listed once; the parts
    of a word of several parts may be parted by any non-word characters or none ('sea freight', 'sea-freight'). With
    `turkish_i`, an 'i' or 'ı' matches a dotted or dotless 'i' in either case ('İskonto', 'ISKONTO'): Polars' case
    folding does not."""

    def part(text: str) -> str:
        escaped = re.escape(text)
        return escaped.translate(_TURKISH_I) if turkish_i else escaped

    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(r"\W*".join(part(piece) for piece in word.split()) for word in ordered)
