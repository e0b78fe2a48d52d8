"""Turkmen lines name the packing in the locative case: "towuk budlary karton gutularda" is chicken legs
in cardboard boxes, not boxes. The packing words are taken out before the line is classified.

Russian and English put the packing after a preposition ("в мешках", "in cartons"), which the head-noun
and phrase-strength evidence already read as secondary; the Turkmen locative has no such word before it.
"""

import re

from adapters.classification.offline.word_lists import listed

_CONTAINERS = listed(
    "guty gutu gap halta çüýşe cuyse çuyse banka paket korobka karobka bidon çelek celek bakga konteýner "
    "konteyner rulon poddon paddon ýaşik yasik kanistr sumka gapjyk bukja"
)
_PACKING_MATERIALS = listed(
    "karton kardon aýna ayna polipropilen polietilen plastik plastmassa kagyz demir agaç agac metal pet "
    "tunuke mata polimer"
)
# a plural locative is never the goods; a singular one only on a container ("bankada", "gutuda"); a count of
# containers is how many packages there are ("1200 guty")
_LOCATIVE = (
    r"\w+(?:lar|ler)(?:y|i)?n?(?:da|de)|(?:{containers})\w{{0,5}}?(?:da|de|ta|te)|\d+\s*(?:{containers})\b".format(
        containers="|".join(sorted(_CONTAINERS, key=lambda word: (-len(word), word)))
    )
)
_PACKING = re.compile(
    r"(?:\b(?:{materials})\s+)?\b(?:{locative})\b".format(
        materials="|".join(sorted(_PACKING_MATERIALS, key=lambda word: (-len(word), word))), locative=_LOCATIVE
    ),
    re.IGNORECASE,
)


def without_packing(description: str) -> str:
    """The description with Turkmen packing words ("aýna çüýşelerde") taken out; unchanged when nothing
    else would be left."""
    kept = _PACKING.sub(" ", description)
    return " ".join(kept.split()) if any(character.isalpha() for character in kept) else description
