"""Country of origin as written ('Китай', 'Hytaý', 'Chiny', 'الصين', 'CHN', 'Made in China', 'Oʻzbekiston',
'Республика Казахстан') -> ISO 3166 alpha-2."""

import re
from functools import cache

import pycountry

from adapters.reading.text_keys import name_key
from adapters.reading.vocabulary import country_names, country_prefixes, state_words

_PARTS = re.compile(r"[/|;,()\[\]]")
_CYRILLIC_WORD = re.compile(r"[а-я]+")


def _russian_locative(name: str) -> str | None:
    """'германия' -> 'германии', 'китаи' (китай) -> 'китае', 'иран' -> 'иране', as in 'Сделано в Китае'."""
    if not _CYRILLIC_WORD.fullmatch(name):
        return None
    if name.endswith("ия"):
        return name[:-2] + "ии"
    if name.endswith(("а", "я", "и")):  # a key spells й as и
        return name[:-1] + "е"
    return name + "е"


@cache
def _country_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("alpha_2", "alpha_3", "name", "official_name", "common_name"):
            if (written := getattr(country, attribute, None)) is not None:
                index.setdefault(name_key(written), country.alpha_2)
    for key, code in country_names().items():
        index.setdefault(key, code)
        if (locative := _russian_locative(key)) is not None:
            index.setdefault(locative, code)
    return index


def _without_prefix(key: str) -> str:
    for prefix in country_prefixes():
        if key.startswith(f"{prefix} "):
            return key[len(prefix) :].strip()
    return key


def _without_state_words(key: str) -> str:
    """'республика узбекистан' -> 'узбекистан', 'turkiye cumhuriyeti' -> 'turkiye'."""
    return " ".join(word for word in key.split() if word not in state_words())


def country_code(text: str) -> str | None:
    """ISO alpha-2 for a country written as a code or in a language of countries.toml, also in its long form
    where its name without the state's words is known; None when unknown."""
    index = _country_index()
    keys = [_without_prefix(name_key(piece)) for piece in (text, *_PARTS.split(text))]
    for key in keys:  # every piece as written before any without its state words: "Republic of China (Taiwan)"
        if key in index:
            return index[key]
    return next((index[short] for key in keys if (short := _without_state_words(key)) in index), None)
