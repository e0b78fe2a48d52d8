"""A country's name with its long form's words abbreviated ('I.R. Iran', 'Rep. of Korea', 'Russian Fed.',
'Респ. Беларусь') read with them written out, and a name read as the set of its words, so that 'Korea, Rep. of'
and 'Congo, Dem. Rep.' are the names pycountry writes the other way round."""

import re
from itertools import product

from adapters.reading.vocabulary import country_abbreviations

_INITIALS = re.compile(r"(?<!\w)\w(?: \w)+(?!\w)")  # 'i r iran', as a key writes 'I.R. Iran'
_LINKING_WORDS = frozenset({"of", "the"})


def _joined_initials(key: str) -> str:
    """'i r iran' -> 'ir iran'."""
    return _INITIALS.sub(lambda initials: initials.group().replace(" ", ""), key)


def written_out(key: str) -> list[str]:
    """Every reading of the key with its abbreviations written out: 'rep of korea' -> ['republic of korea'],
    'russian fed' -> ['russian federation', 'russian federal']; [] when it abbreviates nothing."""
    abbreviations = country_abbreviations()
    words = _joined_initials(key).split()
    if not any(word in abbreviations for word in words):
        return []
    readings = product(*(abbreviations.get(word, (word,)) for word in words))
    return [" ".join(reading) for reading in readings]


def word_set(key: str) -> frozenset[str]:
    """The words of a name but 'of' and 'the', in any order: 'korea republic of' is 'republic of korea'."""
    return frozenset(key.split()) - _LINKING_WORDS
