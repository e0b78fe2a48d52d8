"""Green or black tea: the two pairs of tea subheadings (0902.10/.20 against 0902.30/.40) differ by nothing else
than fermentation and the size of the packing, and a line names the kind as a colour ("чай зеленый", "gök çaý")."""

from adapters.classification.offline.attribute import Attribute, value_patterns, value_words

TEA_KIND = Attribute(
    "tea kind",
    "green or black tea not stated",
    value_words(
        green="green зелен* ýaşyl* yashil* yeşil* gök gok 绿茶",
        black="black черн* gara qara kara 红茶 oolong улун* пуэр* puer* fermented ферментир*",
    ),
    value_patterns(green=r"\btea, green\b", black=r"\btea, black\b"),
)
