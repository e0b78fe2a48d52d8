"""Reading deciding attributes (attribute_catalogue) in lines and in tariff texts."""

import re
from collections.abc import Sequence, Set
from functools import cache, lru_cache
from itertools import pairwise

from adapters.classification.offline.attribute import Attribute
from adapters.classification.offline.attribute_catalogue import ATTRIBUTES, NAMED_BY_DENIALS
from adapters.classification.offline.common_attributes import MATERIAL
from adapters.classification.offline.footwear_soles import soles_and_rest
from adapters.classification.offline.goods_attributes import SOLES, UPPERS
from adapters.classification.offline.text import denied, normalise, plain_turkmen, words

_MATERIALS = (MATERIAL, UPPERS)  # attributes read as what the goods are made of
_BASE_METALS = {"steel", "aluminium", "copper"}
_FOR_METAL = re.compile(r"\bfor (?:\w+ing )?metals?\b|\bmetal üçin\b")
_FAUX_LEATHER = re.compile(
    r"\b(?:faux|pu|vegan|artificial|synthetic|imitation|eco)[ -]?leather|leatherette|"
    r"искусственн\w* кож|иск\.?\s*кож|экокож|эко[ -]кож|кожзам|ýasama deri|emeli deri|eko[ -]?deri"
)
_ACCESSORIES = re.compile(r"\s(?:with|w/|с|со|bilen)\s")  # what follows names parts, fittings or trim
# "60% cotton" or "cotton 60%": the way round that finds more materials
_MATERIAL_WORD = r"(?P<word>[^\W\d_]/[^\W\d_](?![^\W\d_])|[^\W\d_]+)"  # "п/э", "х/б" or a word
_SHARES = (
    re.compile(r"(?P<share>\d+(?:[.,]\d+)?)\s*%\s*" + _MATERIAL_WORD),
    re.compile(_MATERIAL_WORD + r"\s*(?P<share>\d+(?:[.,]\d+)?)\s*%"),
)
_EDGES = "()[],.;:!?\"'"  # around a word as written: "(не в рулонах)" denies "рулонах"
_OTHER_THAN = re.compile(r"\((?:other than|excluding|not)\b[^)]*\)|\b(?:other than|excluding)\b[^,;()]*")


def stated_values(attribute: Attribute, description: str) -> set[str]:
    """The values a description states, e.g. {'cotton'} for "футболка хлопковая".

    With percentages ("95% cotton 5% elastane") only the material predominating by weight counts. "Metal"
    is any of the base metals, and each of them is a metal ("metal bed" is no wooden furniture).
    """
    if attribute.misleading is not None:
        description = attribute.misleading.sub(" ", description)
    found = _stated(attribute, description)
    if attribute.prevails in found:
        return {attribute.prevails}
    if attribute is not MATERIAL:
        return found
    if _FOR_METAL.search(normalise(description)):
        found.discard("metal")  # "saw blade for metal": what the goods work on, not what they are made of
    if "metal" in found:
        return found | _BASE_METALS
    return found | {"metal"} if found & _BASE_METALS else found


def _stated(attribute: Attribute, description: str) -> set[str]:
    if attribute in (UPPERS, SOLES):  # the soles' words name the soles only
        soles, description = soles_and_rest(description, lambda word: bool(_values_in(SOLES, {word})))
        if attribute is SOLES:
            return _values_in_words(SOLES, _tokens(soles))
    if attribute in _MATERIALS and (dominant := _dominant_material(attribute, description)):
        return {dominant}
    if attribute in _MATERIALS and _FAUX_LEATHER.search(normalise(description)):
        return {"plastic"}
    if (
        attribute in _MATERIALS
        and (main := _ACCESSORIES.split(normalise(description), maxsplit=1)[0])
        and (found := _values_in(attribute, set(words(main)) | set(main.split())))
    ):
        return found  # "glass container with a plastic lid": the lid's material is not the goods'
    return _values_in_words(attribute, _tokens(description))


@lru_cache(maxsize=2**17)
def names_a_value(word: str) -> bool:
    """Whether one word (as `words` gives it) states a value of some attribute: "трикотажное", "cotton"; words
    that name goods as well ("boots", "oil") do not count."""
    return any(_values_in(attribute, {word}) for attribute in ATTRIBUTES if not attribute.names_goods)


def _values_in_words(attribute: Attribute, tokens: Set[str]) -> set[str]:
    """As `_values_in`, but a hyphenated word the attribute knows whole speaks for its parts: "yarn-dyed"
    states yarn-dyed and not dyed, "non-electric" manual and not electric."""
    found = _values_in(attribute, tokens)
    exact = _matchers(attribute)[0]
    for token in tokens:
        if "-" in token and token in exact:
            found -= _values_in(attribute, set(token.split("-"))) - {exact[token]}
    return found


@lru_cache(maxsize=2**12)
def _tokens(description: str) -> frozenset[str]:
    """The words of a description, also as written between spaces ("х/б", "pvc-coated") and two neighbours
    joined ("plain weave" as "plain-weave", "pure bred" as "pure-bred"); read once for all attributes."""
    tokens = words(description)
    denials = denied(tokens)
    found = [token for token, deny in zip(tokens, denials, strict=True) if not deny]
    gone = {token for token, deny in zip(tokens, denials, strict=True) if deny} - set(found)  # "tohumlyk däl"
    joined = {f"{first}-{second}" for first, second in pairwise(found)}
    as_written = frozenset(token for token in normalise(description).split() if token.strip(_EDGES) not in gone)
    return frozenset(found) | as_written | joined


def _dominant_material(attribute: Attribute, description: str) -> str | None:
    """The material with the largest share, read the way round ("60% cotton" or "cotton 60%") that finds
    more materials; "60% cotton" when both find as many."""
    readings = [_shares(attribute, pattern, normalise(description)) for pattern in _SHARES]
    shares = max(readings, key=len)
    return max(shares, key=shares.__getitem__) if shares else None


def _shares(attribute: Attribute, pattern: re.Pattern[str], text: str) -> dict[str, float]:
    shares: dict[str, float] = {}
    for match in pattern.finditer(text):
        for value in _values_in(attribute, {match.group("word")}):
            shares[value] = shares.get(value, 0.0) + float(match.group("share").replace(",", "."))
    return shares


def _values_in(attribute: Attribute, tokens: Set[str]) -> set[str]:
    exact, beginnings, every_beginning = _matchers(attribute)
    found = {exact[token] for token in tokens if token in exact}
    for token in tokens:
        if token.startswith(every_beginning):
            found.update(value for value, prefixes in beginnings.items() if token.startswith(prefixes))
    return found


@cache
def _matchers(attribute: Attribute) -> tuple[dict[str, str], dict[str, tuple[str, ...]], tuple[str, ...]]:
    """Whole words (and their plural in -s) -> value, per value the word beginnings, and all the beginnings;
    Turkmen words also as typed without Turkmen letters ("agac" for "agaç")."""
    exact: dict[str, str] = {}
    beginnings: dict[str, tuple[str, ...]] = {}
    for value, written in attribute.description_words.items():
        for spec in dict.fromkeys(variant for word in written for variant in (word, plain_turkmen(word))):
            if spec.endswith("*"):
                beginnings[value] = (*beginnings.get(value, ()), spec[:-1])
            else:
                exact.setdefault(spec, value)
                exact.setdefault(spec + "s", value)
    return exact, beginnings, tuple(prefix for prefixes in beginnings.values() for prefix in prefixes)


def tariff_values(attribute: Attribute, tariff_text: str) -> set[str]:
    """The values a tariff text names positively ("other than cotton" does not name cotton)."""
    return all_tariff_values(tariff_text, (attribute,))[attribute]


def all_tariff_values(tariff_text: str, attributes: Sequence[Attribute] = ATTRIBUTES) -> dict[Attribute, set[str]]:
    """`tariff_values` of each attribute, the text lowered and its denials dropped once."""
    named = tariff_text.lower()
    asserted = _OTHER_THAN.sub(" ", named)
    return {
        attribute: {
            value
            for value, pattern in attribute.tariff_patterns.items()
            if pattern.search(named if attribute in NAMED_BY_DENIALS else asserted)
        }
        for attribute in attributes
    }
