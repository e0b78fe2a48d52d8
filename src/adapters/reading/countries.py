"""Country of origin as written ('Китай', 'Hytaý', 'Chiny', 'الصين', 'CHN', 'Made in China', 'Oʻzbekiston',
'Республика Казахстан', 'I.R. Iran', 'Korea, Rep. of') -> ISO 3166 alpha-2."""

import gettext
import re
from collections.abc import Iterator
from functools import cache

import pycountry

from adapters.reading.country_abbreviations import word_set, written_out
from adapters.reading.text_keys import name_key
from adapters.reading.vocabulary import country_names, country_prefixes, distinguishing_words, state_words

_PARTS = re.compile(r"[/|;,()\[\]]")
# the languages of Turkmenistan's suppliers whose names of countries pycountry ships (the iso-codes translations):
# Arabic 'السعودية', Chinese '沙特阿拉伯', Persian 'عربستان سعودی', ... (countries.toml adds everyday forms)
SUPPLIERS_LANGUAGES = (
    "ar", "fa", "zh_CN", "zh_TW", "zh_HK", "tr", "ru", "uk", "kk", "uz", "az", "ky", "tg", "tk", "ps", "ur", "hi",
    "ko", "ja", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "ro", "bg", "el", "he", "ka", "hy", "id", "ms",
    "th", "vi",
)  # fmt: skip
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
    for key, code in _translated_names().items():
        index.setdefault(key, code)
    return index


def _translated_names() -> dict[str, str]:
    """The suppliers' languages' names of countries, by key; a name two countries share in them names none (the
    iso-codes translations write Palestine and Eritrea alike in Arabic, Latvia and Lithuania in Turkmen)."""
    codes: dict[str, set[str]] = {}
    for written, code in _names_in_languages():
        codes.setdefault(name_key(written), set()).add(code)
    return {key: next(iter(found)) for key, found in codes.items() if len(found) == 1}


def _names_in_languages() -> Iterator[tuple[str, str]]:
    """Each country's short, official and common names in the suppliers' languages."""
    for language in SUPPLIERS_LANGUAGES:
        names = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        for country in pycountry.countries:
            for attribute in ("name", "official_name", "common_name"):
                if (english := getattr(country, attribute, None)) is not None:
                    yield names.gettext(english), country.alpha_2


@cache
def _word_set_index() -> dict[frozenset[str], str]:
    """The country of each name of two words or more by its set of words; a set two countries share names none."""
    codes: dict[frozenset[str], set[str]] = {}
    for key, code in _country_index().items():
        if len(words := word_set(key)) > 1:
            codes.setdefault(words, set()).add(code)
    return {words: next(iter(found)) for words, found in codes.items() if len(found) == 1}


def _without_prefix(key: str) -> str:
    for prefix in country_prefixes():
        if key.startswith(f"{prefix} "):
            return key[len(prefix) :].strip()
    return key


def _without_state_words(key: str) -> str:
    """'республика узбекистан' -> 'узбекистан', 'turkiye cumhuriyeti' -> 'turkiye'."""
    return " ".join(word for word in key.split() if word not in state_words())


def _whole_text_code(readings: list[str]) -> str | None:
    """The country the whole text names as written, or with its words in another order ('Korea, Dem. People's Rep.')."""
    index, by_words = _country_index(), _word_set_index()
    found = (index.get(key) or by_words.get(word_set(key)) for key in readings)
    return next((code for code in found if code is not None), None)


@cache
def _names_with(word: str) -> tuple[frozenset[str], ...]:
    """The word sets of the country names holding `word` (a word of distinguishing_words)."""
    return tuple(words for key in _country_index() if word in (words := word_set(key)))


def _distinguished_apart(piece: str, whole: list[str]) -> bool:
    """Whether the whole text writes a word telling two states apart that the piece leaves out and that, with the
    piece's words, names another state: 'korea' of 'Korea, Dem. People's Rep.', not 'usa' of 'USA, North Carolina'
    nor 'south korea' of 'South Korea / Южная Корея'."""
    words = word_set(piece)
    told = {word for key in whole for word in key.split()} & distinguishing_words()
    return any(words | {word} <= name for word in told - words for name in _names_with(word))


def _whole_readings(text: str) -> list[str]:
    whole = _without_prefix(name_key(text))
    return [whole, *written_out(whole)]


def country_named_whole(text: str) -> str | None:
    """The country the whole text names, not one of its pieces: 'Congo, Dem. Rep.' (whose piece 'Congo' is another
    state); None when only a piece names one ('Россия, Беларусь')."""
    return _whole_text_code(_whole_readings(text))


def country_code(text: str) -> str | None:
    """ISO alpha-2 for a country written as a code or in a language of countries.toml, also in its long form
    where its name without the state's words is known, and with the abbreviations of countries.toml; None when
    unknown."""
    whole_readings = _whole_readings(text)
    if (code := _whole_text_code(whole_readings)) is not None:
        return code
    whole = whole_readings[0]
    pieces = [_without_prefix(name_key(piece)) for piece in _PARTS.split(text)]
    keys = [
        reading
        for key in (whole, *pieces)
        for reading in (key, *written_out(key))
        if not _distinguished_apart(reading, whole_readings)
    ]
    index = _country_index()
    for key in keys:  # every piece as written before any without its state words: "Republic of China (Taiwan)"
        if key in index:
            return index[key]
    return next((index[short] for key in keys if (short := _without_state_words(key)) in index), None)
