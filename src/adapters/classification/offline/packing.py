"""Invoice lines name the packing beside the goods: "towuk budlary karton gutularda" (Turkmen, the locative
case), "картофель семенной в сетках по 25 кг", "palm olein in flexitanks", "Ящик деревянный: вкладыши" (the
packing first, then a colon). The packing words are taken out before the line is classified: a sack or a box
must not outweigh the goods in it. Coils and rolls stay ("in coils" decides flat-rolled steel, 7208), and so
do cans, tins and jars (tomatoes in tins are preserved, 2002, not fresh).
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


_RUSSIAN_CONTAINERS = (
    r"(?:мешк|мешок|сетк|коробк|короб|ящик|бутылк|бутыл|бочк|канистр|пакет|упаковк|паллет|поддон|флакон|тюк"
    r"|контейнер|биг-бэг|биг бэг|бигбэг|ведр|ведер|тетрапак|туб|флекситанк)\w*"
)
_ENGLISH_CONTAINERS = (
    r"(?:bags?|sacks?|cartons?|boxe?s?|bottles?|drums?|barrels?|pallets?|bales?|crates?|pouch(?:es)?"
    r"|jerry ?cans?|canisters?|buckets?|pails?|containers?|flexitanks?|flexi-tanks?|tubes?|big ?bags?|jumbo bags?)"
)
_ANY_WORD = r"[\w./-]+"
_AFTER_PREPOSITION = re.compile(
    rf"\b(?:в|во|на)\s+(?:{_ANY_WORD}\s+){{0,2}}?{_RUSSIAN_CONTAINERS}(?:\s+по\s+[\d.,]+\s*\w*\.?)?"
    rf"|\b(?:packed\s+|packaged\s+)?in\s+(?:{_ANY_WORD}\s+){{0,2}}?{_ENGLISH_CONTAINERS}\b"
    rf"(?:\s+of\s+[\d.,]+\s*\w*)?",
    re.IGNORECASE,
)
_PACKING_FIRST = re.compile(
    rf"^[^:]{{0,40}}?(?:{_RUSSIAN_CONTAINERS}|\b{_ENGLISH_CONTAINERS}\b)[^:]{{0,30}}:\s*", re.IGNORECASE
)


def without_packing(description: str) -> str:
    """The description with its packing words ("aýna çüýşelerde", "в мешках по 50 кг", "Ящик деревянный:") taken
    out; unchanged when nothing else would be left."""
    kept = _PACKING_FIRST.sub(" ", _AFTER_PREPOSITION.sub(" ", _PACKING.sub(" ", description)))
    return " ".join(kept.split()) if any(character.isalpha() for character in kept) else description
