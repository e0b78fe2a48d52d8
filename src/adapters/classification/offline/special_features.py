"""Features a subheading requires and lines seldom state: when the line is silent the general sibling goes
first ("Erkek deri aýakgaby" is not footwear with a metal toe-cap, a stainless pipe not oil-well casing)."""

from adapters.classification.offline.attribute import Attribute, value_patterns, value_words

UNSTATED = 0.1  # what naming such a feature costs a candidate when the line does not state it

# only a metal cap: "composite toe cap", "non-metallic toe cap" and work footwear in general are not 6403.40
_TOE_CAP_WORDS = (
    "steel-toe steel-toed steel-toecap metal-toe metal-toecap металлическим-подноск* металлический-подноск*"
)
TOE_CAP = Attribute(
    "toe-cap",
    "metal toe-cap not stated",
    value_words(**{"metal toe-cap": _TOE_CAP_WORDS}),
    value_patterns(**{"metal toe-cap": r"\btoe-cap\b"}),
    unstated_cost=UNSTATED,
    names_goods=True,
)

OIL_AND_GAS = Attribute(
    "oil and gas",
    "use in oil or gas wells or pipelines not stated",
    value_words(
        **{
            "oil or gas": "oil oilfield octg drill drilling line-pipe api-5 psl1 psl2 нефт* нкт обсадн* бурильн* "
            "nebit* buraw*"
        }
    ),
    value_patterns(**{"oil or gas": r"\boil (?:or|and) gas\b"}),
    unstated_cost=UNSTATED,
    names_goods=True,
)
