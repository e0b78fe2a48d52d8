"""Deciding attributes (material, knitted or woven, gender, new or used, powered, fresh or frozen) in texts."""

import re
from dataclasses import dataclass
from functools import cache

from adapters.classification.offline.text import normalise, words


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity
class Attribute:
    """One kind of fact that splits sibling subheadings; `missing_note` is said when a line lacks it."""

    name: str
    missing_note: str
    description_words: dict[str, tuple[str, ...]]  # value -> words (or "beginnings*") in EN/RU/TK lines
    tariff_patterns: dict[str, re.Pattern[str]]  # value -> what says it in a tariff text
    rewarded: bool = True  # False: naming the stated value earns nothing, only naming another costs


def _words(**values: str) -> dict[str, tuple[str, ...]]:
    """Space-separated words; a trailing '*' makes a word beginning ("хлоп*" matches "хлопковый")."""
    return {value: tuple(spec.split()) for value, spec in values.items()}


def _patterns(**values: str) -> dict[str, re.Pattern[str]]:
    return {value: re.compile(pattern) for value, pattern in values.items()}


MATERIAL = Attribute(
    "material",
    "material not stated",
    _words(
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
    _patterns(
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
    _words(
        knitted="knit* jersey crochet* трикотаж* вязан* örme trikotaž*",
        woven="woven denim тканн* тканый тканая тканое dokma*",
    ),
    _patterns(knitted=r"(?<!not )\bknitted or crocheted\b", woven=r"\bwoven\b|not knitted or crocheted"),
)

GENDER = Attribute(
    "gender",
    "men's or women's not stated",
    _words(
        men="men mens man male gents gentlemen boy boys мужск* мальчик* erkek* oglan*",
        women="women womens woman ladies lady female girl girls женск* дамск* девоч* aýal* zenan* gyzlar gyz",
        babies="baby babies infant* newborn младен* новорожд* bäbek* çaga*",
    ),
    _patterns(men=r"\bmen's or boys'", women=r"\bwomen's or girls'", babies=r"\bbabies'"),
)

CONDITION = Attribute(
    "condition",
    "new or used not stated",
    _words(
        used="used secondhand worn refurbished бу б/у подержан* ношен* ulanylan*",
        new="new brand-new новый новая новое новые täze",
    ),
    _patterns(used=r"\bused\b|\bworn\b|retreaded", new=r"\bnew\b"),
)

POWER = Attribute(
    "power",
    "electric or not not stated",
    _words(
        electric="electric* battery rechargeable cordless usb motoris* motoriz* электр* аккумулятор* "
        "батарейк* elektrik* batareý*",
        manual="manual hand-operated non-electric mechanical ручн* механич*",
    ),
    _patterns(
        electric=r"(?<!non-)\belectric(?:al)?\b|electro-mechanical|electrically operated",
        manual=r"non-electric|hand-operated|\bhand tools?\b|not electrically",
    ),
)

STATE = Attribute(
    "state",
    "fresh, chilled, frozen or dried not stated",
    _words(
        frozen="frozen замороженн* заморож* мороженн* doňdurylan* dondurylan* doñdurylan*",
        fresh="fresh chilled свеж* охлажденн* охлаждённ* sowadylan*",
        dried="dried dehydrated сушен* сушён* вялен* guradylan*",
    ),
    _patterns(frozen=r"\bfrozen\b", fresh=r"\bfresh\b|\bchilled\b", dried=r"\bdried\b|\bdehydrated\b"),
)

FINISH = Attribute(  # of fabrics; "printed" also names printed matter and circuits, so it is not rewarded
    "finish",
    "unbleached, bleached, dyed or printed not stated",
    _words(
        unbleached="unbleached greige суров* небелен* небелён* agardylmadyk*",
        bleached="bleached отбелен* отбелён* белен* белён* agardylan*",
        dyed="dyed piece-dyed plain-dyed крашен* гладкокрашен* boýalan* boyalan* reňklenen*",
        yarn_dyed="yarn-dyed пестротканн*",
        printed="printed набивн* печатн* принт* basma* gülli*",
    ),
    _patterns(
        unbleached=r"\bunbleached\b",
        bleached=r"(?<!un)bleached\b",
        dyed=r"(?<!yarn-)\bdyed\b",
        yarn_dyed=r"yarns of different colours",
        printed=r"\bprinted\b",
    ),
    rewarded=False,
)

WEAVE = Attribute(  # of woven fabrics: plain (poplin, calico, бязь, ситец) or twill; "plain" alone means undecorated
    "weave",
    "weave not stated",
    _words(
        plain="plain-weave poplin calico percale полотнян* поплин* бяз* ситец ситц* перкал* ýönekeý yonekey",
        twill="twill саржев* sarža*",
    ),
    _patterns(plain=r"\bplain weave\b", twill=r"\btwill\b"),
)

ATTRIBUTES = (MATERIAL, CONSTRUCTION, GENDER, CONDITION, POWER, STATE, FINISH, WEAVE)
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
    return _values_in(attribute, set(words(description)) | set(normalise(description).split()))


def _dominant_material(description: str) -> str | None:
    for pattern in _SHARES:
        shares: dict[str, float] = {}
        for match in pattern.finditer(normalise(description)):
            for value in _values_in(MATERIAL, {match.group("word")}):
                shares[value] = shares.get(value, 0.0) + float(match.group("share").replace(",", "."))
        if shares:
            return max(shares, key=shares.__getitem__)
    return None


def _values_in(attribute: Attribute, tokens: set[str]) -> set[str]:
    exact, beginnings = _matchers(attribute)
    found = {exact[token] for token in tokens if token in exact}
    for value, prefixes in beginnings.items():
        if value not in found and any(token.startswith(prefixes) for token in tokens):
            found.add(value)
    return found


@cache
def _matchers(attribute: Attribute) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Whole words (and their plural in -s) -> value, and per value the word beginnings."""
    exact: dict[str, str] = {}
    beginnings: dict[str, tuple[str, ...]] = {}
    for value, specs in attribute.description_words.items():
        for spec in specs:
            if spec.endswith("*"):
                beginnings[value] = (*beginnings.get(value, ()), spec[:-1])
            else:
                exact.setdefault(spec, value)
                exact.setdefault(spec + "s", value)
    return exact, beginnings


def tariff_values(attribute: Attribute, tariff_text: str) -> set[str]:
    """The values a tariff text names positively ("other than cotton" does not name cotton)."""
    text = tariff_text.lower()
    if attribute is not CONSTRUCTION:
        text = _OTHER_THAN.sub(" ", text)
    return {value for value, pattern in attribute.tariff_patterns.items() if pattern.search(text)}
