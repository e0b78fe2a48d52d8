"""The memory key of a description: what stays when case, word order, punctuation and variant words go."""

import re
import unicodedata
from dataclasses import dataclass

from application.memory.noise_words import COLOUR_NAMES_KIND, COLOURS, SIZE_UNITS, SIZES, TARIFF_UNITS
from application.processing.line_keys import description_key

_JOINERS = re.compile(r"(?<=\w)[-‐'’`](?=\w)")  # t-shirt -> tshirt, men's -> mens
_TOKENS = re.compile(r"\d+(?:[.,]\d+)?|%|[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class MemoryKey:
    """The distinct words that identify a product, sorted; `text` joins them and is what is stored and compared."""

    tokens: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


def memory_key(description: str) -> MemoryKey:
    """'Футболка красная, XL' and 'футболка' share a key; 'black tea' and 'green tea' do not."""
    text = unicodedata.normalize("NFKC", description).casefold().replace("ё", "е")
    raw = _TOKENS.findall(_JOINERS.sub("", text))
    kept = _without_measures(raw)
    colour_matters = any(word in COLOUR_NAMES_KIND for word in kept)
    words = {w for w in kept if w not in SIZES and (colour_matters or w not in COLOURS)}
    if not words:  # nothing but variant words: the description itself is the product
        return MemoryKey(tuple(description_key(description).split()))
    return MemoryKey(tuple(sorted(words)))


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
        unit = raw[index + 1] if index + 1 < len(raw) else ""
        unit = "pct" if unit == "%" else unit
        if unit in TARIFF_UNITS:
            words.append(token.replace(",", ".") + unit)
        skip_unit = unit in TARIFF_UNITS or unit in SIZE_UNITS
    return words
