"""Attributes that decide between siblings across the nomenclature: material, knitted or woven, gender, new or
used, powered or not."""

from adapters.classification.offline.attribute import Attribute, value_patterns, value_words

MATERIAL = Attribute(
    "material",
    "material not stated",
    value_words(
        cotton="cotton* хлоп* хб х/б pagta* calico percale chambray denim бяз* ситец ситц* перкал* ранфорс* деним* "
        "paxta* pambyq* pamuk*",
        wool="wool* merino cashmere angora alpaca mohair шерст* кашемир* ýüň* jun junli yun yunlu yün yünlü",
        synthetic="polyester* poly nylon* polyamide* acrylic elastane spandex lycra synthetic* microfib* fleece п/э "
        "полиэстер* синтет* нейлон* полиамид* акрил* эластан* sintetik* poliester*",
        artificial="viscose rayon modal lyocell acetate вискоз* wiskoz*",
        silk="silk* шелк* ýüpek* ipak* ipək* ipek*",
        flax="linen flax льнян* лен zygyr*",
        leather="leather* кожа кожи кожан* натуральн* deri deriden derisinden derili charm* çarm* dəri dəridən dərili",
        plastic="plastic* pvc polyethylene polypropylene polycarbonate пластик* пластмас* пвх полипроп* полиэтилен* "
        "поликарбонат* plastik* polipropilen* polietilen*",
        rubber="rubber* latex nitrile резин* латекс* нитрил* rezin*",
        steel="steel stainless iron galvanised galvanized сталь стальн* нержав* железн* чугун* оцинк* "
        "polat* sinklenen* polad* çelik*",
        aluminium="alumin* алюмин* alýumin* alümin* alyumin*",
        copper="copper brass bronze медн* латун* бронз*",
        metal="metal metallic metaldan металл металлическ*",
        wood="wood* oak pine beech birch bamboo plywood дерев* древес* agaç* yogoch* agac* ahşap*",
        glass="glass* стекл* aýna* shisha* şüşə*",
        ceramic="ceramic* porcelain stoneware earthenware керамик* фарфор* keramik*",
        paper="paper* cardboard paperboard бумаг* бумаж* картон* kagyz* qogoz* kagyt*",
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
        metal=r"\bmetal furniture\b|^furniture; metal\b|\bwith metal frames\b|\bof base metal\b",
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
        knitted="knit* jersey crochet* трикотаж* вязан* örme trikotaž* trikotaj* örgü*",
        woven="woven denim тканн* тканый тканая тканое тканые тканых тканого тканой dokma* toqima* toxunma*",
    ),
    # "(not printed, knitted or crocheted)": the denial runs over the list (bed linen 6302.31-.39 is woven)
    value_patterns(
        knitted=r"(?<!not )(?<!not printed, )\bknitted or crocheted\b",
        woven=r"\bwoven\b|not (?:printed, )?knitted or crocheted",
    ),
)

GENDER = Attribute(
    "gender",
    "men's or women's not stated",
    value_words(
        men="men mens man male gents gentlemen boy boys мужск* мальчик* erkek* oglan* erkak* kişi*",
        women="women womens woman ladies lady female girl girls женск* дамск* девоч* aýal* zenan* gyzlar gyz ayol* "
        "qadyn* kadyn* qizlar qyz*",
        babies="baby babies infant* newborn младен* новорожд* bäbek* çaga* chaqaloq* körpə* bebek*",
    ),
    value_patterns(men=r"\bmen's or boys'", women=r"\bwomen's or girls'", babies=r"\bbabies'"),
)

_PURPOSE_AFTER_USED = "on|in|for|with|as|by|to|solely|primarily|principally|mainly|chiefly|exclusively"
CONDITION = Attribute(
    "condition",
    "new or used not stated",
    value_words(
        used="used secondhand worn refurbished бу б/у подержан* ношен* ulanylan* ishlatilgan işlənmiş kullanylmyş",
        new="new brand-new новый новая новое новые täze",
    ),
    # "of a kind used on buses", "used in agriculture" say what goods are for, not that they are second-hand
    value_patterns(used=rf"\bused\b(?!\s+(?:{_PURPOSE_AFTER_USED})\b)|\bworn\b|retreaded", new=r"\bnew\b"),
)

POWER = Attribute(
    "power",
    "electric or not not stated",
    value_words(
        electric="electric* battery rechargeable cordless usb motoris* motoriz* электр* аккумулятор* "
        "батарейк* elektrik* batareý* elektr*",
        manual="manual hand-operated non-electric mechanical ручн* механич*",
    ),
    value_patterns(
        electric=r"(?<!non-)\belectric(?:al)?\b|electro-(?:mechanical|thermic)|electrically operated",
        manual=r"non-electric|hand-operated|\bhand tools?\b|not electrically",
    ),
)
