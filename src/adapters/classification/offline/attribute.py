"""A deciding attribute: the words that state its values in lines and what names them in tariff texts."""

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity
class Attribute:
    """One kind of fact that splits sibling subheadings; `missing_note` is said when a line lacks it."""

    name: str
    missing_note: str
    description_words: dict[str, tuple[str, ...]]  # value -> words (or "beginnings*") in EN/RU/TK lines
    tariff_patterns: dict[str, re.Pattern[str]]  # value -> what says it in a tariff text
    rewarded: bool = True  # False: naming the stated value earns nothing, only naming another costs
    unstated_cost: float = 0.0  # a feature lines seldom state: naming it costs this when the line is silent
    names_goods: bool = False  # its words also name goods ("boots", "oil"): they stay goods words for sibling words
    prevails: str | None = None  # a value that, stated with others, is the one that decides
    misleading: re.Pattern[str] | None = None  # phrases using a value's word without stating it ("из рулона")


def value_words(**values: str) -> dict[str, tuple[str, ...]]:
    """Space-separated words; a trailing '*' makes a word beginning ("хлоп*" matches "хлопковый")."""
    return {value: tuple(spec.split()) for value, spec in values.items()}


def value_patterns(**values: str) -> dict[str, re.Pattern[str]]:
    return {value: re.compile(pattern) for value, pattern in values.items()}
