"""The memory key of a description: what stays when case, word order, punctuation and variant words go."""

import re
from dataclasses import dataclass, field

from application.memory.folding import folded
from application.memory.noise_words import COLOUR_NAMES_KIND, COLOURS, SIZE_UNITS, SIZES, TARIFF_UNITS

_APOSTROPHES = re.compile(r"(?<=\w)['’`](?=\w)")  # men's -> mens
_HYPHENS_AT_DIGITS = re.compile(r"(?<=[\d_])-(?=\w)|(?<=\w)-(?=[\d_])")  # 57-3.5 -> 573.5; t-shirt keeps its own
_TOKENS = re.compile(r"\d+(?:[.,]\d+)?|%|[^\W\d_]+(?:-[^\W\d_]+)*")
_CHUNKS = re.compile(r"[^\s,;:()\[\]{}\"«»]+")
MODEL_LENGTH = 5
_LETTER, _DIGIT = re.compile(r"[^\W\d_]"), re.compile(r"\d")
# a figure with its unit or its name ('500ml', '1500cc', '3x2.5mm', '2-камерный'), not a model number
_MEASURE = re.compile(r"\d+(?:[.,]\d+)?(?:[x×*х]\d+(?:[.,]\d+)?)*-?[^\W\d_]*%?")


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


def memory_words(description: str) -> tuple[str, ...]:
    """The words that identify the product in the description's order, a hyphenated one with its hyphens."""
    text = _without_model_numbers(folded(description).replace("‐", "-"))
    raw = _TOKENS.findall(_HYPHENS_AT_DIGITS.sub("", _APOSTROPHES.sub("", text)))
    kept = _without_measures(raw)
    colour_matters = any(joined(word) in COLOUR_NAMES_KIND for word in kept)
    return tuple(w for w in kept if joined(w) not in SIZES and (colour_matters or joined(w) not in COLOURS))


def joined(word: str) -> str:
    """A hyphenated word as one: 'front-loading' -> 'frontloading'."""
    return word.replace("-", "")


def _without_model_numbers(text: str) -> str:
    """Words mixing letters and figures that are no measure ('BCD-260W', 'DA-2', 'XQG70-1210') name a model: the
    same goods in another model are the same product, marked for review as they state other figures."""
    return _CHUNKS.sub(
        lambda chunk: " " if _is_model_number(chunk[0]) else chunk[0],
        text,
    )


def _is_model_number(chunk: str) -> bool:
    """Short codes stay: a grade or a kind ('B12' vitamin, 'E10' petrol, 'M12' bolt) may decide the subheading."""
    long_enough = len(chunk) >= MODEL_LENGTH or "-" in chunk
    return long_enough and bool(_LETTER.search(chunk) and _DIGIT.search(chunk)) and not _MEASURE.fullmatch(chunk)


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
