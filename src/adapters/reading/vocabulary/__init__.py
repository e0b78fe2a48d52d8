"""The reader's multilingual vocabulary (headers, units, countries, currencies), kept as TOML data."""

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib.resources import files
from typing import Any

from adapters.reading.text_keys import name_key, text_key


@dataclass(frozen=True, slots=True)
class FieldSynonyms:
    """Keys that name one product-line field: whole headers (`exact`) or phrases inside a longer header."""

    exact: frozenset[str]
    phrases: tuple[str, ...]


CHARGE_GROUPS = ("added", "deducted", "other")
# headers.toml: English, Russian, Turkmen, Turkish, and the total rows' qualifiers and delivery terms; the others add
# the languages of suppliers' lists, with the same fields
HEADER_FILES = (
    "headers.toml",
    "headers_western.toml",
    "headers_central_baltic.toml",
    "headers_greek_hebrew_arabic.toml",
    "headers_chinese.toml",
    "headers_central_asian.toml",
    "headers_east_slavic.toml",
)
_FILES = (*HEADER_FILES, "units.toml", "countries.toml", "currencies.toml", "charges.toml")


def _load(name: str) -> dict[str, Any]:
    return tomllib.loads(files(__package__).joinpath(name).read_text(encoding="utf-8"))


def _index(*tables: dict[str, list[str]], key: Callable[[str], str] = text_key) -> dict[str, str]:
    """{code: [names]} -> {key of name: code}; the first code listed (in the first table) wins a shared name."""
    index: dict[str, str] = {}
    for table in tables:
        for code, names in table.items():
            for name in names:
                index.setdefault(key(name), code)
    return index


@cache
def header_synonyms() -> dict[str, FieldSynonyms]:
    """The synonyms of each field, from all HEADER_FILES."""
    exact: dict[str, set[str]] = {}
    phrases: dict[str, list[str]] = {}
    for name in HEADER_FILES:
        table = _load(name)
        table.pop("totals")
        for field, words in table.items():
            exact.setdefault(field, set()).update(text_key(s) for s in words["exact"])
            phrases.setdefault(field, []).extend(text_key(s) for s in words["phrases"])
    return {field: FieldSynonyms(frozenset(exact[field]), tuple(dict.fromkeys(phrases[field]))) for field in exact}


@cache
def header_keys_by_file() -> dict[str, frozenset[str]]:
    """Each of HEADER_FILES -> the keys of its header synonyms (exact and phrases): the languages a header row is in."""
    keys = {}
    for name in HEADER_FILES:
        table = _load(name)
        table.pop("totals")
        keys[name] = frozenset(text_key(s) for words in table.values() for s in (*words["exact"], *words["phrases"]))
    return keys


@cache
def total_words() -> tuple[str, ...]:
    """The words that open a total row, as keys and, where a key drops accents, also in lower case as written
    ('razem', 'σύνολο', 'kopā' and 'kopa'): a total row's label is matched as it stands in the cell."""
    written = [w for name in HEADER_FILES for w in _load(name)["totals"]["words"]]
    return tuple(dict.fromkeys(form for w in written for form in (text_key(w), w.lower())))


@cache
def total_qualifiers() -> tuple[str, ...]:
    """Words that may follow a total word in a total row's label, lower case as written."""
    return tuple(w.lower() for w in _load("headers.toml")["totals"]["qualifiers"])


@cache
def total_terms() -> tuple[str, ...]:
    """Delivery terms that may follow a total word and its qualifiers ('Total CIF Ashgabat'), lower case."""
    return tuple(w.lower() for w in _load("headers.toml")["totals"]["terms"])


@cache
def charge_words() -> dict[str, tuple[str, ...]]:
    """Charge words by how they bear on the customs value ('added', 'deducted', 'other'), lower case as written."""
    table = _load("charges.toml")
    return {group: tuple(w.lower() for words in table[group].values() for w in words) for group in CHARGE_GROUPS}


@cache
def tax_words() -> tuple[str, ...]:
    """The charge words that name a tax, lower case as written."""
    return tuple(w.lower() for w in _load("charges.toml")["other"]["tax"])


@cache
def packing_words() -> tuple[str, ...]:
    """The charge words that name the packing ('packing', 'упаковка'), lower case as written."""
    return tuple(w.lower() for w in _load("charges.toml")["added"]["packing"])


@cache
def charge_qualifiers() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words that may stand next to a charge word, words that start a route after it), lower case."""
    table = _load("charges.toml")["qualifiers"]
    return tuple(w.lower() for w in table["words"]), tuple(w.lower() for w in table["routes"])


@cache
def unit_codes() -> dict[str, str]:
    return _index(_load("units.toml")["quantity"])


@cache
def unit_cell_codes() -> dict[str, str]:
    """Units read only in a unit cell, never in a header: 'gross'."""
    return _index(_load("units.toml")["unit_cells"])


@cache
def okei_unit_codes() -> dict[str, str]:
    """ОКЕИ code, three digits -> Rec 20 code."""
    return {okei: code for code, okeis in _load("units.toml")["okei"].items() for okei in okeis}


@dataclass(frozen=True, slots=True)
class LanguageUnits:
    """How one language reads some units otherwise than [quantity] of units.toml, and the header words telling that
    a list is written in it."""

    header_words: frozenset[str]
    codes: dict[str, str]  # key of a unit as written -> Rec 20 code


@cache
def units_in_languages() -> tuple[LanguageUnits, ...]:
    """The [in_language] tables of units.toml, as keys."""
    languages = _load("units.toml")["in_language"].values()
    return tuple(
        LanguageUnits(
            frozenset(text_key(word) for word in table["header_words"]),
            _index({code: names for code, names in table.items() if code != "header_words"}),
        )
        for table in languages
    )


@cache
def kilograms_per_mass_unit() -> dict[str, Decimal]:
    return {key: Decimal(factor) for key, factor in _index(_load("units.toml")["mass_in_kg"]).items()}


@cache
def country_names() -> dict[str, str]:
    table = _load("countries.toml")
    languages = (
        "names",
        "names_other_languages",
        "names_central_asia",
        "names_western",
        "names_chinese",
        "names_arabic",
    )
    return _index(*(table[language] for language in languages), key=name_key)


@cache
def country_prefixes() -> tuple[str, ...]:
    words = (text_key(w) for w in _load("countries.toml")["prefixes"]["words"])
    return tuple(sorted(words, key=len, reverse=True))


@cache
def state_words() -> frozenset[str]:
    """The words of a state's long form ('Republic of', 'Республика', 'Cumhuriyeti'), as keys."""
    return frozenset(name_key(w) for w in _load("countries.toml")["state_words"]["words"])


@cache
def country_abbreviations() -> dict[str, tuple[str, ...]]:
    """'rep' -> ('republic',), 'fed' -> ('federation', 'federal'), as keys."""
    table = _load("countries.toml")["abbreviations"]
    return {name_key(short): tuple(name_key(w) for w in readings) for short, readings in table.items()}


@cache
def distinguishing_words() -> frozenset[str]:
    """The words that tell apart two states of one name ('democratic', 'north'), as keys."""
    return frozenset(name_key(w) for w in _load("countries.toml")["distinguishing"]["words"])


@cache
def currency_names() -> dict[str, str]:
    table = _load("currencies.toml")
    return _index(table["names"], table["names_other_languages"])


@cache
def amount_words() -> frozenset[str]:
    """Words after which a header may write its currency without punctuation: 'price', 'сумма'."""
    return frozenset(text_key(w) for w in _load("currencies.toml")["amount_words"]["words"])


@cache
def currency_title_words() -> tuple[str, ...]:
    return tuple(text_key(w) for w in _load("currencies.toml")["title_words"]["words"])


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [text for item in value for text in _texts(item)] if isinstance(value, list) else []


@cache
def vocabulary_words() -> frozenset[str]:
    """Every word of the vocabulary as written, in lower case ('adı', 'ýurdy'): accents are kept, since they
    tell the code page of a CSV."""
    texts = [text for name in _FILES for text in _texts(_load(name))]
    return frozenset(word.lower() for text in texts for word in re.findall(r"[^\W\d_]+", text))
