"""Attributes that decide between siblings across the nomenclature: material, knitted or woven, gender, new or
used, powered or not. Arabic-script words are written as `text.normalise` reads them: Persian ی and ک, ة as ه,
without the article ("الومنيوم" is "ومنیوم")."""

from adapters.classification.offline.attribute import Attribute, value_patterns, value_words

MATERIAL = Attribute(
    "material",
    "material not stated",
    value_words(
        cotton="cotton* хлоп* хб х/б pagta* calico percale chambray denim бяз* ситец ситц* перкал* ранфорс* деним* "
        "paxta* pambyq* pamuk* 棉 纯棉 全棉 棉质 棉制 قطن*",
        wool="wool* merino cashmere angora alpaca mohair шерст* кашемир* ýüň* jun junli yun yunlu yün yünlü "
        "羊毛 羊绒 纯羊毛 صوف*",
        synthetic="polyester* poly nylon* polyamide* acrylic elastane spandex lycra synthetic* microfib* fleece п/э "
        "полиэстер* синтет* нейлон* полиамид* акрил* эластан* sintetik* poliester* 涤纶 聚酯 聚酯纤维 尼龙 锦纶 "
        "腈纶 氨纶 化纤 بولیستر* نایلون*",
        artificial="viscose rayon modal lyocell acetate вискоз* wiskoz* 粘胶 人棉 人造丝",
        silk="silk* шелк* ýüpek* ipak* ipək* ipek* 真丝 丝绸 蚕丝 حریر*",
        flax="linen flax льнян* лен zygyr* 亚麻",
        leather="leather* кожа кожи кожан* натуральн* deri deriden derisinden derili charm* çarm* dəri dəridən dərili "
        "真皮 皮革 牛皮 羊皮 جلد*",
        plastic="plastic* pvc polyethylene polypropylene polycarbonate пластик* пластмас* пвх полипроп* полиэтилен* "
        "поликарбонат* plastik* polipropilen* polietilen* 塑料 塑胶 بلاستیک*",
        rubber="rubber* latex nitrile резин* латекс* нитрил* rezin* 橡胶 乳胶 مطاط*",
        steel="steel stainless iron galvanised galvanized сталь стальн* нержав* железн* чугун* оцинк* "
        "polat* sinklenen* polad* çelik* 钢 钢制 不锈钢 碳钢 铁 铁制 铸铁 حدید* فولاذ* ستانلس*",
        aluminium="alumin* алюмин* alýumin* alümin* alyumin* 铝 铝制 铝合金 منیوم* ومنیوم*",
        copper="copper brass bronze медн* латун* бронз* 铜 铜制 黄铜 紫铜 青铜 نحاس*",
        metal="metal metallic metaldan металл металлическ*",
        wood="wood* oak pine beech birch bamboo plywood дерев* древес* agaç* yogoch* agac* ahşap* "
        "木 木制 木质 实木 竹 竹制 خشب*",
        glass="glass* стекл* aýna* shisha* şüşə* 玻璃 زجاج*",
        ceramic="ceramic* porcelain stoneware earthenware керамик* фарфор* keramik* 陶瓷 瓷 瓷质 骨瓷 سیرامیک* خزف*",
        paper="paper* cardboard paperboard бумаг* бумаж* картон* kagyz* qogoz* kagyt* 纸质 纸制",
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
        knitted="knit* jersey crochet* трикотаж* вязан* örme trikotaž* trikotaj* örgü* 针织* تریکو*",
        woven="woven denim тканн* тканый тканая тканое тканые тканых тканого тканой dokma* toqima* toxunma* "
        "梭织* 机织* منسوج*",
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
        men="men mens man male gents gentlemen boy boys мужск* мальчик* erkek* oglan* erkak* kişi* "
        "男 男士 男式 男款 男装 男童 رجالی* رجال",
        women="women womens woman ladies lady female girl girls женск* дамск* девоч* aýal* zenan* gyzlar gyz ayol* "
        "qadyn* kadyn* qizlar qyz* 女 女士 女式 女款 女装 女童 نسائی* نساء حریمی*",
        babies="baby babies infant* newborn младен* новорожд* bäbek* çaga* chaqaloq* körpə* bebek* 婴儿 婴幼儿 رضع*",
    ),
    value_patterns(men=r"\bmen's or boys'", women=r"\bwomen's or girls'", babies=r"\bbabies'"),
)

_PURPOSE_AFTER_USED = "on|in|for|with|as|by|to|solely|primarily|principally|mainly|chiefly|exclusively"
CONDITION = Attribute(
    "condition",
    "new or used not stated",
    value_words(
        used="used secondhand worn refurbished бу б/у подержан* ношен* ulanylan* ishlatilgan işlənmiş kullanylmyş "
        "二手 مستعمل*",
        new="new brand-new новый новая новое новые täze 全新 جدید*",
    ),
    # "of a kind used on buses", "used in agriculture" say what goods are for, not that they are second-hand
    value_patterns(used=rf"\bused\b(?!\s+(?:{_PURPOSE_AFTER_USED})\b)|\bworn\b|retreaded", new=r"\bnew\b"),
)

POWER = Attribute(
    "power",
    "not stated whether electric",
    value_words(
        electric="electric* battery rechargeable cordless usb motoris* motoriz* электр* аккумулятор* "
        "батарейк* elektrik* batareý* elektr* 电动 充电式 کهربائی*",
        manual="manual hand-operated non-electric mechanical ручн* механич* 手动 یدوی*",
    ),
    value_patterns(
        electric=r"(?<!non-)\belectric(?:al)?\b|electro-(?:mechanical|thermic)|electrically operated",
        manual=r"non-electric|hand-operated|\bhand tools?\b|not electrically",
    ),
)
