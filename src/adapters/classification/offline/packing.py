"""Invoice lines name the packing beside the goods: "towuk budlary karton gutularda" (Turkmen, the locative
case), "1200 guty" (how many boxes), "Карбамид марки Б в п/п мешках по 50 кг", "palm olein in flexitanks". The
packing words are taken out of lines and lexicon phrases alike before matching: a sack or a box must not
outweigh the goods in it (urea in sacks went to the sacks). The size stays ("по 50 кг", "of 10 kg":
fertilisers split on the package's weight), and so do words that say what the goods are: rolls and coils
(paper in rolls, steel in coils), Russian and English cans, tins, jars and bags (preserved tomatoes, tea bags).
Only plural container nouns after "в"/"in" count: "на ящики" (for drawers) and "коробка передач" stay.
"""

import re
import unicodedata

from adapters.classification.offline.word_lists import listed

_TURKMEN_CONTAINERS = listed(  # and the Uzbek and Azerbaijani ones ("shisha bankada", "karton qutuda")
    "guty gutu halta çüýşe cuyse çuyse banka korobka karobka bidon çelek celek bakga konteýner konteyner poddon paddon "
    "ýaşik yasik kanistr gap paket gapjyk sandyk quti qutu qop kisə kise yashik yeşik yesik butulka shisha şüşə "
    "qadoq qablaşdırma chelak vedrə blok gaplama çuval cuval torba koli kutu"  # Turkish: "çuvalda", "kolilerde"
)
_PACKING_MATERIALS = listed(
    "karton kardon aýna ayna polipropilen polietilen plastik plastmassa kagyz demir agaç agac shisha şüşə setka folga"
)


def _alternatives(words: frozenset[str]) -> str:
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))


_TURKMEN = re.compile(  # "karton gutularda", "çüýşede"; a count of containers: how many packages ("1200 guty")
    rf"(?:\b(?:{_alternatives(_PACKING_MATERIALS)})\s+)?\b(?:{_alternatives(_TURKMEN_CONTAINERS)})"
    rf"(?:lar|ler|lər)?(?:y|i|sy|si)?n?(?:da|de|də)\b|\b\d+\s*(?:{_alternatives(_TURKMEN_CONTAINERS)})\b",
    re.IGNORECASE,
)


_RUSSIAN = re.compile(  # "в (п/п, картонных) мешках", "на поддонах": the prepositional plural of a container
    r"\bв\s+(?:[\w/-]+\s+){0,2}?(?:мешк|сетк|коробк|короб|ящик|бутылк|бочк|канистр|ведр|вёдр|ведер|тетрапак"
    r"|флакон|контейнер|биг-бэг|бигбэг|флекситанк)[ая]х\b|\bна\s+(?:поддон|паллет)ах\b",
    re.IGNORECASE,
)
_ENGLISH = re.compile(  # "in (cardboard) cartons", "packed in drums", "in bulk"
    r"\b(?:packed\s+|packaged\s+)?in\s+(?:[\w/-]+\s+){0,2}?(?:sacks|cartons|boxes|bottles|drums|barrels|pallets"
    r"|bales|crates|jerrycans|canisters|buckets|pails|flexitanks|big bags|jumbo bags)\b|\bon\s+pallets\b|\bin\s+bulk\b",
    re.IGNORECASE,
)
# exporters' and Turkmen lines give the pack after its size ("SUGAR 50KG BAG", "5L PET BOTTLE", "Nohut, 25 kg
# halta"): the pack goes, the size stays; "18 CTNS" is a count of cartons and goes whole. Tins and cans stay:
# they may say how the goods are preserved.
_PACK_MATERIALS = (
    r"pet|glass|plastic|paper|carton|cardboard|pp|pe|hdpe|ldpe|kraft|woven|jute|steel|tin|empty|karton|shisha|şüşə"
    r"|setka|plastik|kagyz|polipropilen|polietilen|multiwall|multi-wall|laminated"
)
_PACK_AFTER_SIZE = re.compile(
    r"(?<=\S)(\s+\d+(?:[.,]\d+)?\s*(?:kgs?|kq|g|gr|qr|grams?|l|ltrs?|litres?|liters?|litr|ml|lbs?|oz|t|mt|tons?|tonnes?"
    r"|кг|г|гр|л|мл|т))\s*/?\s*"
    rf"(?:(?:{_PACK_MATERIALS})\s+){{0,2}}"
    r"(?:bottles?|jars?|ctns?|cartons?|box(?:es)?|bags?|drums?|sacks?|pails?|buckets?|pouch(?:es)?|jerrycans?"
    r"|big[ -]?bags?|jumbo ?bags?|tetra ?paks?|halta|karton|guty|gutu|çuwal|cuwal|paket|мешок|мешки|коробка|коробки"
    r"|qutu|quti|qop|kisə|kise|yashik|yeşik|butulka|banka|qadoq|çuval|cuval|torba|koli|kutu"
    r"|пакет|тетрапак|биг-бэг)\b"
    r"|\b\d*\s*ctns?\b",
    re.IGNORECASE,
)
_GOODS_BEFORE = re.compile(rf"\b(?!(?:{_PACK_MATERIALS})\b)[^\W\d_]{{3,}}", re.IGNORECASE)  # a word not a material


def without_packing(description: str) -> str:
    """The description with its packing words ("aýna çüýşelerde", "в мешках", "in cartons") taken out;
    unchanged when no word of three letters or more would be left."""
    text = unicodedata.normalize("NFC", description)
    kept = _ENGLISH.sub(" ", _RUSSIAN.sub(" ", _TURKMEN.sub(" ", text)))
    kept = _PACK_AFTER_SIZE.sub(lambda pack: _pack_after_size(pack, kept), kept)
    if kept == text or not re.search(r"[^\W\d_]{3,}", kept):
        return description
    return " ".join(kept.split())


def _pack_after_size(pack: re.Match[str], text: str) -> str:
    """The size alone when goods are named before it ("SUGAR 50KG BAG"); "PP WOVEN 50KG BAGS" are the goods."""
    if not _GOODS_BEFORE.search(text[: pack.start()]):
        return pack.group(0)
    return pack.group(1) or " "
