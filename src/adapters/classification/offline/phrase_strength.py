"""How strongly one phrase hit speaks for its code in one line."""

import re
from collections.abc import Mapping

from adapters.classification.offline.head_noun import head_position, is_english, phrase_head
from adapters.classification.offline.phrase_matcher import PhraseHit
from adapters.classification.offline.text import after_separator, is_content, words

PHRASE_HALF = 5.0  # summed IDF at which a phrase hit counts half (one rare word is about 6-8)
NOT_HEAD = 0.6  # a phrase whose own head is not the line's ("bottle" in "bottle opener", "pipe tobacco") counts less
# Raw produce and minerals: next to a word the index does not know (a brand, a product name) a fruit,
# spice or salt is a flavour or a scent ("... pumpkin" candle refill, "... strawberry" sweets), not the goods.
RAW_CHAPTERS = frozenset(f"{chapter:02d}" for chapter in [*range(1, 15), 25, 26, 27])
BRANDED_RAW = 0.4
SCATTER_ALLOWANCE = 1  # other words a phrase's words may have between them ("ткань х/б крашеная" for "ткань крашеная")
SCATTERED = 0.7  # ... more, and they may belong to different things ("sofa set, fabric, wooden frame" is no sofa frame)
ACROSS_COMMA = 0.7  # ... or stand on both sides of a comma: "Çekiç 500 g, agaç sapy" is no "agaç çekiç" (mallet)
AMBIGUOUS = 0.7  # a one-word phrase whose word all other trades' phrases use keeps 30 % of its strength
ACCESSORY = 0.5  # a phrase named after "with" when goods are named before it: "drill with 2 batteries" is a drill
ACCESSORY_MARKERS = frozenset({"with", "including", "incl", "с", "со", "mit"})  # not Turkic "bilen", "ile", "bilan":
# they follow what comes with the goods ("Boltlar gaýkasy bilen"), and what follows them describes the goods
_RUSSIAN_ADJECTIVE = re.compile(r"[а-я]+(?:ая|яя|ое|ее|ые|ие|ый|ий|ой)$")
LATER_SEGMENT = 0.6  # a phrase wholly after a comma that follows the named goods states what they have or are made
# of: "Motosikl, 150 sm³, benzin dwigatelli" is a motorcycle, "Çekiç, 500 g, süýümli aýna sap" a hammer
SUBSUMED = 0.5  # a phrase inside a longer one the line also holds, for other goods: "kir ýuwujy" (washer) in
# "kir ýuwujy poroşok" (washing powder), "oil" in "oil filter"


def strengths(
    description: str, hits: list[PhraseHit], branded: bool, parts: Mapping[str, frozenset[str]] | None = None
) -> list[float]:
    """Per hit, in [0, 1]: saturating in its weight, less when it misses the line's head noun or is raw
    produce on a line with an unknown (brand) word, less for a lone word many trades use, less for a part of
    the goods the line names ("Кресло офисное ..., газлифт": a chair, not its gas lift).
    `branded`: the line has a word the index does not know; `parts`: see parts_codes.parts_of."""
    parts = parts or {}
    head = head_position(description)
    english = is_english(words(description))
    found = []
    longer = _inside_longer(hits)
    line_words = _content_words(description)
    accessories = _accessories_from(description)
    segments = _segments(description)
    if accessories is not None and not any(max(hit.positions) < accessories for hit in hits):
        accessories = None  # nothing named before "with": what follows is the goods
    # English word order tells a phrase's head; Russian and Turkmen phrases need only contain the line's
    named_heads = [
        head is None
        or (
            _named_from(hit, english) == head
            if english
            else head in hit.positions and not _names_a_part(hit, head, line_words)
        )
        for hit in hits
    ]
    goods_segment = segments[head] if head is not None and head < len(segments) and any(named_heads) else None
    goods = {
        hit.term.code[:4] for hit, named in zip(hits, named_heads, strict=True) if named and hit.term.code not in parts
    }
    for hit, subsumed, named_head in zip(hits, longer, named_heads, strict=True):
        names_at = _named_from(hit, english)
        strength = hit.weight / (hit.weight + PHRASE_HALF) * (1.0 if named_head else NOT_HEAD)
        strength *= 1.0 - AMBIGUOUS * hit.ambiguity
        if _scattered(hit):
            strength *= SCATTERED
        if len({segments[at] for at in hit.positions}) > 1:
            strength *= ACROSS_COMMA
        if branded and hit.term.code[:2] in RAW_CHAPTERS:
            strength *= BRANDED_RAW
        if subsumed or (not named_head and goods & parts.get(hit.term.code, frozenset())):
            strength *= SUBSUMED
        if goods_segment is not None and not named_head and min(segments[at] for at in hit.positions) > goods_segment:
            strength *= LATER_SEGMENT
        if accessories is not None and names_at >= accessories:
            strength *= ACCESSORY
        found.append(strength)
    return found


def _accessories_from(description: str) -> int | None:
    """The position (among the content words) where a line starts naming accessories or parts after its goods
    ("... with 2 batteries", "... с насадками"); None when it names none."""
    content = 0
    for token in words(description):
        if token in ACCESSORY_MARKERS and content:
            return content
        content += is_content(token)
    return None


def _segments(description: str) -> list[int]:
    """Per content word, how many commas or semicolons stand before it."""
    segment, found = 0, []
    for token, after_comma in zip(words(description), after_separator(description), strict=True):
        segment += after_comma
        if is_content(token):
            found.append(segment)
    return found


def _named_from(hit: PhraseHit, english: bool) -> int:
    """Where a hit names its goods: its head word in English, else its first word."""
    return hit.positions[phrase_head(hit.term.text)] if english else min(hit.positions)


def _inside_longer(hits: list[PhraseHit]) -> list[bool]:
    """Per hit: do its words lie within a longer hit's, written together in the line, whose code names goods of
    another heading? ("laptop" is not inside "laptop ram" in "Laptop Core i7 16GB RAM")"""
    words_of = [frozenset(hit.term.keys) for hit in hits]
    together = [not _scattered(hit) for hit in hits]
    return [
        any(
            mine < theirs and joined and not other.term.code.startswith(hit.term.code[:4])
            for other, theirs, joined in zip(hits, words_of, together, strict=True)
        )
        for hit, mine in zip(hits, words_of, strict=True)
    ]


def _scattered(hit: PhraseHit) -> bool:
    return max(hit.positions) - min(hit.positions) + 1 > len(hit.positions) + SCATTER_ALLOWANCE


def _names_a_part(hit: PhraseHit, head: int, line_words: list[str]) -> bool:
    """A Russian or Turkmen phrase writing the line's goods word in another form, as what its own head belongs
    to: "каркас дивана" (a sofa's frame) on "Диван-кровать ..., каркас деревянный", "aýakgabyň ýokarsy" (a shoe's
    upper) on "Aýal aýakgaby ..." name a part of the goods, not the goods."""
    phrase_words = _content_words(hit.term.text)
    if len(phrase_words) != len(hit.positions) or head >= len(line_words):
        return False
    at = hit.positions.index(head)
    written, goods = phrase_words[at], line_words[head]
    if written == goods:
        return False
    if written.endswith("ň"):
        return not goods.endswith("ň")  # Turkmen genitive
    own_head = next((i for i, word in enumerate(phrase_words) if not _RUSSIAN_ADJECTIVE.match(word)), 0)
    return at > own_head and "а" <= written[0] <= "я" and not _RUSSIAN_ADJECTIVE.match(written)


def _content_words(text: str) -> list[str]:
    return [token for token in words(text) if is_content(token)]
