"""American spellings of tariff words turned British, as the HS texts and most of the lexicon write them."""

import re

_BRITISH = {
    "aluminum": "aluminium",
    "color": "colour",
    "fiber": "fibre",
    "jewelry": "jewellery",
    "gray": "grey",
    "center": "centre",
    "pajama": "pyjama",
    "catalog": "catalogue",
    "mold": "mould",
    "flavor": "flavour",
    "odor": "odour",
    "vapor": "vapour",
    "armor": "armour",
    "liter": "litre",
    "sulfur": "sulphur",
    "sulfate": "sulphate",
    "sulfide": "sulphide",
    "sulfite": "sulphite",
    "tire": "tyre",
    "plow": "plough",
    "mustache": "moustache",
    "analyzer": "analyser",
    "organizer": "organiser",
    "moisturizer": "moisturiser",
    "moisturizing": "moisturising",
    "deodorizer": "deodoriser",
    "vulcanized": "vulcanised",
}
_ENDINGS = {
    "color": "s|ed|ing|ings|ful",
    "fiber": "s|glass",
    "pajama": "s",
    "catalog": "s",
    "mold": "s|ed|ing|ings",
    "flavor": "s|ed|ing|ings",
    "odor": "s",
    "liter": "s",
    "tire": "s",
    "plow": "s",
    "mustache": "s",
    "analyzer": "s",
    "organizer": "s",
    "moisturizer": "s",
    "center": "s",
}
_AMERICAN = re.compile(
    r"\b("
    + "|".join(sorted(_BRITISH, key=len, reverse=True))
    + r")("
    + "|".join(
        sorted({ending for endings in _ENDINGS.values() for ending in endings.split("|")}, key=len, reverse=True)
    )
    + r")?\b"
)


def british(text: str) -> str:
    """Lower-case text with American spellings of tariff words in British form ("aluminum" -> "aluminium")."""
    return _AMERICAN.sub(_respell, text)


def _respell(match: re.Match[str]) -> str:
    word, ending = match.group(1), match.group(2) or ""
    if ending and ending not in _ENDINGS.get(word, "").split("|"):
        return match.group(0)  # "tired", "colorado": not a form of the word
    return _BRITISH[word] + ending
