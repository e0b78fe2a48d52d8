"""Attributes that decide within base metals: stainless or other steel (7219-7223, 7304-7307, 7323), flat-rolled
products in coils or not (7208-7209, 7219) and their coating (7210, 7212, 7225), hot- or cold-rolled (flat
products, tubes, bars), seamless or welded tubes (7304-7306), alloyed or not (nickel, aluminium, zinc, tin); their
words may name goods too ("coil", "inox", "tinplate")."""

import re

from adapters.classification.offline.attribute import Attribute, value_patterns, value_words

_DENIES_STAINLESS = r"(?:excluding|other than|not)\b[^);]*stainless"  # "(excluding cast iron or stainless steel)"

STEEL = Attribute(
    "steel",
    "stainless or other steel not stated",
    value_words(
        stainless="stainless inox нерж* paslanmaz* paslanmaýan* poslamaýan* zangylamaýan* 不锈钢*",
        # not "carbon": "high carbon stainless" knives
        other="non-alloy galvanised galvanized оцинк* sinklenen* 镀锌* 热镀锌*",
    ),
    value_patterns(
        stainless=rf"^(?!.*{_DENIES_STAINLESS}).*\bstainless\b", other=rf"{_DENIES_STAINLESS}|\bnon-alloy\b"
    ),
)

COILING = Attribute(
    "coiling",
    "not stated whether in coils",
    value_words(
        coiled="coil coils coiled рулон* бухт* rulon*",
        flat="cut-to-length plate plates лист листы листов листах листами list",  # "лист" and plate: cut lengths
    ),
    # flat-rolled products only: wire, tube, springs and wire rod are coiled too, and their texts say nothing of it
    value_patterns(coiled=r"^(?=.*flat-rolled).*(?<!not )\bin coils\b", flat=r"^(?=.*flat-rolled).*\bnot in coils\b"),
    names_goods=True,
    prevails="coiled",  # "лист в рулонах": sheet in coils
    misleading=re.compile(r"(?i)\b(?:из|с|со|from|cut from)\s+(?:рулон\w*|coils?|rulon\w*)"),  # cut from a coil
)

_UNALLOYED_OR_ALLOY_METAL = r"^(?:nickel|aluminium|zinc|tin);"  # chapters 75, 76, 79, 80 split on it
ALLOY = Attribute(
    "alloy",
    "not stated whether alloyed",
    value_words(
        # grades: 3xxx-7xxx series (not 2024, a year) and Russian АД31/Д16/АМг are alloys; 1050/1060, А5/А7, АД0
        # are aluminium of 99 % or more
        alloyed="alloy alloyed сплав* splaw* ad31 ад31 ad33 ад33 д16 амг* 3003 3105 5052 5083 5754 6060 6061 "
        "6063 6082 7075 铝合金 合金",
        unalloyed="unalloyed non-alloyed нелегирован* 1050 1060 a5 а5 a7 а7 ad0 ад0 ад1",
    ),
    value_patterns(
        alloyed=rf"{_UNALLOYED_OR_ALLOY_METAL}(?!.*not alloyed).*\balloys?\b",
        unalloyed=rf"{_UNALLOYED_OR_ALLOY_METAL}.*\bnot alloyed\b",
    ),
)

_FLAT_ROLLED_IRON = r"^(?=iron or non-alloy steel; flat-rolled|steel, alloy; flat-rolled)"
COATING = Attribute(
    "coating",
    "coating (zinc, tin, paint) not stated",
    value_words(
        tin="tinplate tinned луженый луженая белая-жесть",  # bare "жесть" is any thin sheet, galvanised too
        zinc="galvanised galvanized zinc-coated gi оцинк* цинк* sinklenen* 镀锌* 热镀锌*",
        aluzinc="galvalume aluzinc алюмоцинк* alýuminsink*",
        # "полимерная плёнка" is a packing film: only a polymer coating is paint
        painted="painted prepainted pre-painted ppgi ppgl color-coated colour-coated polymer-coated окрашен* "
        "полимерным-покрыт* полимерное-покрыт* полимерного-покрыт* polimer-örtük* reňklenen boýalan",
    ),
    value_patterns(
        tin=rf"{_FLAT_ROLLED_IRON}.*\bwith tin\b",
        zinc=rf"{_FLAT_ROLLED_IRON}(?!.*other than plated or coated with zinc).*coated with zinc\b",
        aluzinc=rf"{_FLAT_ROLLED_IRON}.*aluminium zinc-alloys",
        painted=rf"{_FLAT_ROLLED_IRON}.*\bpainted\b",
    ),
    names_goods=True,
    prevails="painted",  # pre-painted galvanised sheet is 7210.70, not 7210.4x
)

_ROLLED_OR_DRAWN = r"^(?=.*(?:flat-rolled|tubes|bars and rods))"
ROLLING = Attribute(
    "rolling",
    "hot- or cold-rolled not stated",
    value_words(
        hot="hot-rolled hot-finished г/к горячекатан* горячедеформ* gyzgyn-prokat 热轧*",
        cold="cold-rolled cold-drawn cold-formed cold-finished crc х/к холоднокатан* холоднотянут* холоднодеформ* "
        "калиброван* sowuk-prokat 冷轧* 冷拔*",
    ),
    value_patterns(
        hot=rf"{_ROLLED_OR_DRAWN}.*(?:\bhot-rolled\b|excluding cold-drawn or cold-rolled)",
        cold=rf"{_ROLLED_OR_DRAWN}(?!.*excluding cold-drawn).*\bcold-(?:rolled|drawn|reduced|formed|finished)\b",
    ),
)

SEAM = Attribute(
    "seam",
    "seamless or welded not stated",
    value_words(
        seamless="seamless smls бесшовн* tikişsiz* dikişsiz* nahtlos* 无缝*",
        welded="welded erw lsaw ssaw сварн* электросварн* э/с kebşirlenen* kaynakl* dikişli* geschweißt* "
        "焊接* 焊管 直缝*",
    ),
    value_patterns(
        seamless=r"^(?!.*(?:not seamless|other than[^;)]*seamless)).*\bseamless\b",
        welded=r"\bwelded\b|not seamless|other than[^;)]*seamless",
    ),
    rewarded=False,  # heading 7304 is seamless, yet texts like 7304.41 leave the word to the heading
)
