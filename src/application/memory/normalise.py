"""The memory key of a description: what stays when case, word order, punctuation and variant words go."""

import re
from dataclasses import dataclass, field

from application.memory.folding import folded
from application.memory.model_numbers import without_model_numbers
from application.memory.noise_words import COLOUR_NAMES_KIND, COLOURS, SIZE_UNITS, SIZES, TARIFF_UNITS
from application.memory.stems import stemmed

_APOSTROPHES = re.compile(r"(?<=\w)['’`](?=\w)")  # men's -> mens
_HYPHENS_AT_DIGITS = re.compile(r"(?<=[\d_])-(?=\w)|(?<=\w)-(?=[\d_])")  # 57-3.5 -> 573.5; t-shirt keeps its own
_TOKENS = re.compile(r"\d+(?:[.,]\d+)?|%|[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class MemoryKey:
    """The distinct words that identify a product, sorted; `text` joins them and is what is stored and compared.

    `hyphenated` keeps the description's hyphenated words as written ('t-shirt'; its token is 'tshirt')."""

    tokens: tuple[str, ...]
    hyphenated: frozenset[str] = field(default=frozenset(), compare=False)

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


def memory_key(description: str) -> MemoryKey:
    """'Футболка красная, XL' and 'футболка' share a key; 'black tea' and 'green tea' do not."""
    words = memory_words(description)
    if not words:  # nothing but variant words: the description itself is the product
        return MemoryKey(tuple(folded(description).split()))
    hyphenated = frozenset(word for word in words if "-" in word)
    return MemoryKey(tuple(sorted({joined(word) for word in words})), hyphenated)


def model_free_key(description: str) -> MemoryKey:
    """The looser key memory looks a miss up by last: without the model numbers (see model_numbers) and with Russian
    words stemmed (see stems). 'Холодильник ..., BCD-260W', '..., BCD-300W' and '...' with none share it, and so do
    'Фильтр масляный для легкового автомобиля' and 'Фильтры масляные для легковых автомобилей'. A hyphenated word
    is its pieces here ('two-door' is 'two door'), as this lookup has no compound forms of its own."""
    words = memory_words(description, models_aside=True)
    pieces = {stemmed(piece) for word in words for piece in word.split("-") if piece}
    return MemoryKey(tuple(sorted(pieces))) if pieces else memory_key(description)


def memory_words(description: str, models_aside: bool = False) -> tuple[str, ...]:
    """The words that identify the product in the description's order, a hyphenated one with its hyphens; without
    its model numbers when `models_aside`."""
    text = folded(description).replace("‐", "-")
    if models_aside:
        text = without_model_numbers(text, description)
    raw = _TOKENS.findall(_HYPHENS_AT_DIGITS.sub("", _APOSTROPHES.sub("", text)))
    kept = _without_measures(raw)
    colour_matters = any(joined(word) in COLOUR_NAMES_KIND for word in kept)
    return tuple(w for w in kept if joined(w) not in SIZES and (colour_matters or joined(w) not in COLOURS))


def joined(word: str) -> str:
    """A hyphenated word as one: 'front-loading' -> 'frontloading'."""
    return word.replace("-", "")


def _without_measures(raw: list[str]) -> list[str]:
    """Numbers go, with their size unit; a number with a tariff unit stays as one word ('1500cc', '40pct')."""
    words: list[str] = []
    skip_unit = False
    for index, token in enumerate(raw):
        if skip_unit:
            skip_unit = False
            continue
        if not token[0].isdigit():
            words.append("pct" if token == "%" else token)
            continue
        unit = joined(raw[index + 1]) if index + 1 < len(raw) else ""
        unit = "pct" if unit == "%" else unit
        if unit in TARIFF_UNITS:
            words.append(token.replace(",", ".") + unit)
        skip_unit = unit in TARIFF_UNITS or unit in SIZE_UNITS
    return words
