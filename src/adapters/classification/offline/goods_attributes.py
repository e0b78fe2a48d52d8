"""Attributes that decide within particular goods: fresh or frozen food, a fabric's finish and weave, animals
for breeding and seed for sowing, the uppers and soles of footwear, porcelain or other ceramics, filament or
staple fibres, a vehicle's engine, filled chocolate and stuffed pasta."""

from adapters.classification.offline.attribute import Attribute, value_patterns, value_words

STATE = Attribute(
    "state",
    "fresh, chilled, frozen or dried not stated",
    value_words(
        frozen="frozen заморож* мороженн* свежеморож* свежезаморож* doňdurylan* dondurylan* muzlatilgan* dondurulmuş*",
        fresh="fresh chilled свежий свежая свежее свежие свежего свежих свежую охлажденн* täze sowadylan* yangi təzə",
        dried="dried dehydrated сушен* вялен* guradylan* quritilgan* qurudulmuş* kurutulmuş*",
    ),
    value_patterns(frozen=r"\bfrozen\b", fresh=r"\bfresh\b|\bchilled\b", dried=r"\bdried\b|\bdehydrated\b"),
)

FINISH = Attribute(  # of fabrics; "printed" also names printed matter and circuits, so it is not rewarded
    "finish",
    "unbleached, bleached, dyed or printed not stated",
    value_words(
        unbleached="unbleached greige суров* небелен* agardylmadyk*",
        bleached="bleached отбелен* белен* agardylan*",
        dyed="dyed piece-dyed plain-dyed крашен* гладкокрашен* boýalan* boyalan* reňklenen*",
        yarn_dyed="yarn-dyed пестротканн*",
        printed="printed набивн* печатн* принт* basma* gülli*",
    ),
    value_patterns(
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
    value_words(
        plain="plain-weave poplin calico percale полотнян* поплин* бяз* ситец ситц* перкал* polotno*",
        twill="twill саржев* sarža*",
    ),
    value_patterns(plain=r"\bplain weave\b", twill=r"\btwill\b"),
)

PURPOSE = Attribute(  # pure-bred breeding animals (0101.21, 0102.21, 0103.10) and seed for sowing (0701.10, 1001.91)
    "purpose",
    "for breeding or sowing not stated",
    value_words(
        **{
            "breeding or sowing": "pure-bred purebred breeding племенн* семенн* посевн* посадочн* tohumlyk* tohumluk* "
            "тұқымдық* тукымдык*"
        }
    ),
    value_patterns(**{"breeding or sowing": r"pure-bred breeding|(?<!-)\bseed\b(?! lac| oil)|for sowing"}),
)

UPPERS = Attribute(  # footwear's heading follows its uppers: 6401/6402 rubber or plastics, 6403 leather, 6404 textile
    "uppers",
    "material of the uppers not stated",
    value_words(
        leather="leather* suede nubuck кожа кожи кожан* натуральн* замш* нубук* deri* zamşa*",
        plastic="plastic* pvc pu polyurethane eva пвх пу полиуретан* эва пластик* plastik*",
        rubber="rubber* latex резин* rezin*",
        textile="textile* canvas fabric* mesh denim felt cotton* polyester* nylon* текстил* ткан* брезент* войлок* "
        "хлоп* полиэстер* нейлон* tekstil* pagta* mata* dokma*",
    ),
    value_patterns(
        leather=r"uppers of leather",
        plastic=r"rubber or plastics? outer soles and uppers|uppers of rubber or plastics",
        rubber=r"rubber or plastics? outer soles and uppers|uppers of rubber or plastics",
        textile=r"uppers of textile",
    ),
)

_SOLE_PLASTICS = "plastic* pvc pu eva tpr tpu пвх пу эва тэп полиуретан* пластик* plastik*"
SOLES = Attribute(  # footwear with leather uppers: 6403.5x outer soles of leather, 6403.9x of rubber or plastics
    "soles",
    "material of the soles not stated",
    value_words(
        leather="leather* кожа кожи кожан* натуральн* deri* kozha",
        rubber="rubber* резин* rezin* " + _SOLE_PLASTICS,
        plastic=_SOLE_PLASTICS,
    ),
    value_patterns(
        leather=r"outer soles of leather",
        rubber=r"outer soles of rubber|rubber or plastics? outer soles|soles and uppers of rubber",
        plastic=r"outer soles of rubber|rubber or plastics? outer soles|soles and uppers of rubber",
    ),
)

CERAMIC = Attribute(  # sinks, tableware, figurines: of porcelain or china, or of other ceramics (6910, 6911-6913)
    "ceramic",
    "porcelain or other ceramics not stated",
    value_words(
        porcelain="porcelain* bone-china fine-china фарфор* farfor*",  # not "china": "made in China"
        other="faience earthenware stoneware terracotta фаянс* санфаянс* сантехфаянс* терракот* fajans* sanfaýans*",
    ),
    value_patterns(porcelain=r"(?<!than )(?<!than of )\bporcelain or china", other=r"other than (?:of )?porcelain"),
)

FIBRE = Attribute(  # man-made yarn, thread and fabrics: filament in chapter 54, staple fibres in 55
    "fibre",
    "filament or staple fibres not stated",
    value_words(
        filament="filament* monofilament* multifilament* dty fdy poy филамент* мононит* комплексн*",
        staple="staple spun штапел*",
    ),
    value_patterns(filament=r"(?<!with man-made )(?<!with manmade )\b(?:mono)?filament", staple=r"\bstaple fibres?\b"),
    rewarded=False,  # "LED filament bulb": filament lamps name the word, and it says nothing for them
)

ENGINE = Attribute(  # motor vehicles (8702-8704) by what propels them (the cylinder capacity is a figure), engines
    "engine",
    "engine (petrol, diesel, hybrid, electric) not stated",
    value_words(
        petrol="petrol gasoline бензин* бенз benzin* 汽油* بنزین*",
        diesel="diesel* дизел* диз dizel* tdi crdi 柴油* دیزل*",
        hybrid="hybrid* гибрид* gibrid* phev plug-in",
        electric="ev bev электромобил* elektromobil* electric-vehicle electric-car",
    ),
    value_patterns(  # also engines (8407/8408) and generating sets (8502) by their kind of ignition
        petrol=r"only spark-ignition|^engines;[^;(]*\bspark-ignition|^electric generating sets; with spark-ignition",
        diesel=r"only compression-ignition|^engines;[^;(]*\bcompression-ignition|"
        r"^electric generating sets; with compression-ignition",
        hybrid=r"\bboth (?:spark|compression)-ignition",  # not "both outer plies" (plywood), "both gas and other fuels"
        electric=r"only electric",
    ),
)

FILLING = Attribute(  # chocolate bars 1806.31 filled / .32 not; pasta 1902.20 stuffed; liquid-filled thermometers
    "filling",
    "not stated whether filled",
    value_words(filled="filled filling* stuffed начинк* фаршированн*"),
    value_patterns(filled=r"(?<!not )\b(?:filled|stuffed)\b"),
)
