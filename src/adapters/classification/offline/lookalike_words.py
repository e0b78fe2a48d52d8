"""A Russian word typed wholly in Latin look-alike letters ('Caxap белый'), read in Cyrillic where the line writes
Russian and the index knows the Cyrillic word but not the Latin one: a brand in Latin ('Coca', 'KAMA') stays."""

import re
from collections.abc import Callable

from adapters.classification.offline.stemming import stem
from domain.goods.mixed_alphabets import in_cyrillic

_LATIN_WORD = re.compile(r"\b[A-Za-z]{3,}\b")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")


def with_cyrillic_lookalikes(description: str, known: Callable[[str], bool]) -> str:
    """`known`: whether the index holds a stem."""
    if not _CYRILLIC.search(description):
        return description

    def read(match: re.Match[str]) -> str:
        word = match.group()
        cyrillic = in_cyrillic(word)
        if cyrillic is None or known(stem(word.lower())) or not known(stem(cyrillic.lower())):
            return word
        return cyrillic

    return _LATIN_WORD.sub(read, description)
