"""Whether footwear covers the ankle (6402.91, 6403.51, 6403.91 against their siblings): boots do, shoes,
sandals and slippers do not."""

from adapters.classification.offline.attribute import Attribute, value_patterns, value_words

ANKLE = Attribute(
    "ankle",
    "not stated whether covering the ankle",
    value_words(
        covering="boot boots bootie booties ankle-boots high-top hi-top ботинк* сапог* сапож* полусапож* ботильон* "
        "ботфорт* угги ädik* ädig* botinka* sapog*",
        low="sandal* slipper* loafer* flip-flop* moccasin* ballerina* сандал* туфл* шлепан* шлёпан* тапоч* тапк* "
        "мокасин* лофер* балетк* слипон* полуботин* sandaliý* tapoçka* şypbyk* ýapmaýan yapmayan",  # "not covering"
    ),
    value_patterns(
        covering=r"(?<!not )(?<!just )\bcovering the ankle", low=r"\b(?:not|other than just) covering the ankle"
    ),
    names_goods=True,
)
