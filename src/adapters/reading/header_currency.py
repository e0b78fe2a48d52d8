"""The currency an amount or price header names, taken only where it reads as a currency mark: in brackets
('Amount (EUR)'), after a comma or slash ('Price, USD', 'Сумма / руб.'), at the end after a price or amount
word ('Unit price USD', 'Сумма в долл. США'), or a currency symbol anywhere ('Price $'). An ISO code that is
not a name of the vocabulary ('ALL', 'CUP', 'TOP', 'MOP', 'BOB' are English words too) counts only in capitals.
A scale is read past: "Amount, '000 USD" and 'Сумма, тыс. руб.' are in USD and RUB (see header_scale)."""

from collections.abc import Iterator

from adapters.reading.currencies import code_of_mark
from adapters.reading.header_notes import BRACKET_CONTENT, BRACKETS, JOINING_WORDS, LONGEST_NOTE, PARTS
from adapters.reading.header_scale import without_scale
from adapters.reading.text_keys import KEPT_SYMBOLS, text_key
from adapters.reading.vocabulary import amount_words


def _after_amount_word(piece: str) -> Iterator[str]:
    """The last words of a header part, as written, when a price or amount word comes before them."""
    words = piece.split()
    for size in range(min(LONGEST_NOTE, len(words) - 1), 0, -1):
        before = [text_key(word) for word in words[:-size]]
        if before[-1] in JOINING_WORDS:
            before = before[:-1]
        if amount_words() & set(before):
            yield " ".join(words[-size:])


def _marks(header: str) -> Iterator[str]:
    """The texts, as written, where a header writes its currency, in the order they are trusted."""
    yield from (a or b for a, b in BRACKET_CONTENT.findall(header))
    parts = PARTS.split(BRACKETS.sub(" ", header))
    yield from parts[1:]
    for part in parts:
        yield from part.split(",")[1:]
    for part in parts:
        yield from _after_amount_word(part.split(",")[0])
    yield from (symbol for symbol in header if symbol in KEPT_SYMBOLS)


def currency_in_header(header: str) -> str | None:
    """'Amount, USD' -> 'USD', 'Сумма руб.' -> 'RUB', '金额（元）' -> 'CNY',
    'Price per cup' -> None."""
    return next((code for mark in _marks(without_scale(header)) if (code := code_of_mark(mark))), None)
