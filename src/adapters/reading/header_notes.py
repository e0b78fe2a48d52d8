"""Units and currencies written in a header: in brackets ('Вес брутто (т)'), after a comma ('Кол-во, шт') or
after the header's words without punctuation ('Amount USD', 'Amount in USD', 'Weight kg', 'Qty pcs', 'Сумма
долл. США'). The header without such a trailing note is one more form to match."""

import re
from collections.abc import Mapping
from decimal import Decimal
from functools import cache

from adapters.reading.currencies import currency_code, named_currency
from adapters.reading.text_keys import text_key
from adapters.reading.units import unit_code
from adapters.reading.vocabulary import amount_words, kilograms_per_mass_unit

PARTS = re.compile(r"\s*[/|\\\n]\s*")  # between the parts of a bilingual header: 'Цена / Price'
BRACKETS = re.compile(r"[(（][^)）]*[)）]|\[[^\]]*\]|\{[^}]*\}")  # Chinese headers write full-width ones: '金额（元）'
BRACKET_CONTENT = re.compile(r"[(（]([^)）]*)[)）]|\[([^\]]*)\]")
JOINING_WORDS = frozenset({"in", "в", "во"})  # 'Amount in USD', 'Сумма в USD'
LONGEST_NOTE = 3  # words, as in 'долл сша' or 'us dollars'


@cache
def names_unit_or_currency(key: str) -> bool:
    """True for the key of a unit ('pcs', 'кг') or of a currency's name ('usd', '$', 'долл сша')."""
    return unit_code(key) is not None or key in kilograms_per_mass_unit() or named_currency(key) is not None


def split_trailing_note(key: str) -> tuple[str, str] | None:
    """'amount in usd' -> ('amount', 'usd'), 'qty pcs' -> ('qty', 'pcs'); None when the key does not end
    with a unit or currency after at least one other word. A bare ISO code counts only after a price or amount
    word ('amount sar'), since many are words too ('cup size', 'top colour')."""
    words = key.split()
    for size in range(min(LONGEST_NOTE, len(words) - 1), 0, -1):
        note = " ".join(words[-size:])
        kept = words[:-size]
        if names_unit_or_currency(note) or (currency_code(note) and amount_words() & set(kept)):
            if len(kept) > 1 and kept[-1] in JOINING_WORDS:
                kept = kept[:-1]
            return " ".join(kept), note
    return None


def header_annotations(text: str) -> list[str]:
    """Keys that may name a unit: bracket contents, comma tails, the last word, and the last words when they
    name one ('Кол-во пар')."""
    notes = [text_key(a or b) for a, b in BRACKET_CONTENT.findall(text)]
    for piece in PARTS.split(BRACKETS.sub(" ", text)):
        notes.extend(text_key(tail) for tail in piece.split(",")[1:])
    words = text_key(BRACKETS.sub(" ", text)).split()
    if len(words) > 1:
        notes.append(words[-1])
    if split := split_trailing_note(" ".join(words)):
        notes.append(split[1])
    return [note for note in notes if note]


def unit_in_header(header: str, language: Mapping[str, str] | None = None) -> str | None:
    """The unit a quantity header names, as in 'Quantity (pcs)' or 'Кол-во, шт'; `language` as in unit_code."""
    return next((code for note in header_annotations(header) if (code := unit_code(note, language))), None)


def kilograms_per_header_unit(header: str) -> Decimal:
    """1 for a header in kilograms (or none named), 0.001 for 'Net weight, g', 1000 for 'Вес брутто (т)'."""
    factors = kilograms_per_mass_unit()
    return next((factors[note] for note in header_annotations(header) if note in factors), Decimal(1))
