"""Deciding attributes in texts: material, knitted or woven, gender, new or used, powered, and those of
particular goods (goods_attributes)."""

import re
from collections.abc import Set
from functools import cache, lru_cache
from itertools import pairwise

from adapters.classification.offline.attribute import Attribute, value_patterns, value_words
from adapters.classification.offline.goods_attributes import FINISH, PURPOSE, STATE, WEAVE
from adapters.classification.offline.text import normalise, words

MATERIAL = Attribute(
    "material",
    "material not stated",
    value_words(
        cotton="cotton* хлоп* хб х/б pagta* calico percale chambray denim бяз* ситец ситц* перкал* ранфорс* деним*",
        wool="wool* merino cashmere angora alpaca mohair шерст* кашемир* ýüň*",
        synthetic="polyester* nylon* polyamide* acrylic elastane spandex lycra synthetic* microfib* fleece "
        "полиэстер* синтет* нейлон* полиамид* акрил* эластан* sintetik* poliester*",
        artificial="viscose rayon modal lyocell acetate вискоз* wiskoz*",
        silk="silk* шелк* ýüpek*",
        flax="linen flax льнян* лен zygyr*",
        leather="leather* кожа кожи кожан* натуральн* deri",
        plastic="plastic* pvc polyethylene polypropylene polycarbonate пластик* пластмас* пвх plastik*",
        rubber="rubber* latex резин* rezin*",
        steel="steel stainless iron сталь стальн* нержав* железн* чугун* polat*",
        aluminium="alumin* алюмин* alýumin*",
        copper="copper brass bronze медн* латун* бронз*",
        wood="wood* oak pine beech birch bamboo plywood дерев* древес* agaç*",
        glass="glass* стекл* aýna*",
        ceramic="ceramic* porcelain stoneware earthenware керамик* фарфор* keramik*",
        paper="paper* cardboard paperboard бумаг* бумаж* картон* kagyz*",
        **{"precious metal": "gold silver platinum золот* серебр* altyn kümüş*"},
    ),
    value_patterns(
        cotton=r"\bcotton\b",
        wool=r"\bwool\b|fine animal hair",
        synthetic=r"\bsynthetic\b|man-made",
        artificial=r"\bartificial (?:fibres|filament|staple)|man-made",
        silk=r"\bsilk\b",
        flax=r"\bflax\b",
        leather=r"\bleather\b",
        plastic=r"\bplastics?\b",
        rubber=r"\brubber\b",
        steel=r"\biron\b|\bsteel\b",
        aluminium=r"\baluminium\b",
        copper=r"\bcopper\b",
        wood=r"\bwood(?:en)?\b",
        glass=r"\bglass\b",
        ceramic=r"\bceramic\b|porcelain|\bchina\b|stoneware|earthenware",
        paper=r"\bpaper(?:board)?\b",
        **{"precious metal": r"precious metal|\bgold\b|\bsilver\b|\bplatinum\b"},
    ),
)

CONSTRUCTION = Attribute(
    "construction",
    "knitted or woven not stated",
    value_words(
        knitted="knit* jersey crochet* трикотаж* вязан* örme trikotaž*",
        woven="woven denim тканн* тканый тканая тканое dokma*",
    ),
    value_patterns(knitted=r"(?<!not )\bknitted or crocheted\b", woven=r"\bwoven\b|not knitted or crocheted"),
)

GENDER = Attribute(
    "gender",
    "men's or women's not stated",
    value_words(
        men="men mens man male gents gentlemen boy boys мужск* мальчик* erkek* oglan*",
        women="women womens woman ladies lady female girl girls женск* дамск* девоч* aýal* zenan* gyzlar gyz",
        babies="baby babies infant* newborn младен* новорожд* bäbek* çaga*",
    ),
    value_patterns(men=r"\bmen's or boys'", women=r"\bwomen's or girls'", babies=r"\bbabies'"),
)

CONDITION = Attribute(
    "condition",
    "new or used not stated",
    value_words(
        used="used secondhand worn refurbished бу б/у подержан* ношен* ulanylan*",
        new="new brand-new новый новая новое новые täze",
    ),
    value_patterns(used=r"\bused\b|\bworn\b|retreaded", new=r"\bnew\b"),
)

POWER = Attribute(
    "power",
    "electric or not not stated",
    value_words(
        electric="electric* battery rechargeable cordless usb motoris* motoriz* электр* аккумулятор* "
        "батарейк* elektrik* batareý*",
        manual="manual hand-operated non-electric mechanical ручн* механич*",
    ),
    value_patterns(
        electric=r"(?<!non-)\belectric(?:al)?\b|electro-mechanical|electrically operated",
        manual=r"non-electric|hand-operated|\bhand tools?\b|not electrically",
    ),
)

ATTRIBUTES = (MATERIAL, CONSTRUCTION, GENDER, CONDITION, POWER, STATE, FINISH, WEAVE, PURPOSE)
_FAUX_LEATHER = re.compile(
    r"\b(?:faux|pu|vegan|artificial|synthetic|imitation|eco)[ -]?leather|leatherette|"
    r"искусственн\w* кож|экокож|эко[ -]кож|кожзам|ýasama deri|emeli deri"
)
_ACCESSORIES = re.compile(r"\s(?:with|w/|с|со|bilen)\s")  # what follows names parts, fittings or trim
# "60% cotton" first; only a line with no such share is read the other way round ("cotton 60%")
_SHARES = (
    re.compile(r"(?P<share>\d+(?:[.,]\d+)?)\s*%\s*(?P<word>[^\W\d_]+)"),
    re.compile(r"(?P<word>[^\W\d_]+)\s*(?P<share>\d+(?:[.,]\d+)?)\s*%"),
)
_OTHER_THAN = re.compile(r"\((?:other than|excluding|not)\b[^)]*\)|\b(?:other than|excluding)\b[^,;()]*")


def stated_values(attribute: Attribute, description: str) -> set[str]:
    """The values a description states, e.g. {'cotton'} for "футболка хлопковая".

    With percentages ("95% cotton 5% elastane") only the material predominating by weight counts.
    """
    if attribute is MATERIAL and (dominant := _dominant_material(description)):
        return {dominant}
    if attribute is MATERIAL and _FAUX_LEATHER.search(normalise(description)):
        return {"plastic"}
    if (
        attribute is MATERIAL
        and (main := _ACCESSORIES.split(normalise(description), maxsplit=1)[0])
        and (found := _values_in(attribute, set(words(main)) | set(main.split())))
    ):
        return found  # "glass container with a plastic lid": the lid's material is not the goods'
    return _values_in(attribute, _tokens(description))


@lru_cache(maxsize=2**12)
def _tokens(description: str) -> frozenset[str]:
    """The words of a description, also as written between spaces ("х/б", "pvc-coated") and two neighbours
    joined ("plain weave" as "plain-weave", "pure bred" as "pure-bred"); read once for all attributes."""
    found = words(description)
    joined = {f"{first}-{second}" for first, second in pairwise(found)}
    return frozenset(found) | frozenset(normalise(description).split()) | joined


def _dominant_material(description: str) -> str | None:
    for pattern in _SHARES:
        shares: dict[str, float] = {}
        for match in pattern.finditer(normalise(description)):
            for value in _values_in(MATERIAL, {match.group("word")}):
                shares[value] = shares.get(value, 0.0) + float(match.group("share").replace(",", "."))
        if shares:
            return max(shares, key=shares.__getitem__)
    return None


def _values_in(attribute: Attribute, tokens: Set[str]) -> set[str]:
    exact, beginnings, every_beginning = _matchers(attribute)
    found = {exact[token] for token in tokens if token in exact}
    for token in tokens:
        if token.startswith(every_beginning):
            found.update(value for value, prefixes in beginnings.items() if token.startswith(prefixes))
    return found


@cache
def _matchers(attribute: Attribute) -> tuple[dict[str, str], dict[str, tuple[str, ...]], tuple[str, ...]]:
    """Whole words (and their plural in -s) -> value, per value the word beginnings, and all the beginnings."""
    exact: dict[str, str] = {}
    beginnings: dict[str, tuple[str, ...]] = {}
    for value, specs in attribute.description_words.items():
        for spec in specs:
            if spec.endswith("*"):
                beginnings[value] = (*beginnings.get(value, ()), spec[:-1])
            else:
                exact.setdefault(spec, value)
                exact.setdefault(spec + "s", value)
    return exact, beginnings, tuple(prefix for prefixes in beginnings.values() for prefix in prefixes)


def tariff_values(attribute: Attribute, tariff_text: str) -> set[str]:
    """The values a tariff text names positively ("other than cotton" does not name cotton)."""
    text = tariff_text.lower()
    if attribute is not CONSTRUCTION:
        text = _OTHER_THAN.sub(" ", text)
    return {value for value, pattern in attribute.tariff_patterns.items() if pattern.search(text)}
