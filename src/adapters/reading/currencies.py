"""Currency names and codes, and the currency of a list from a title cell or the amount cells themselves (the
amount header: header_currency)."""

from collections import Counter
from collections.abc import Iterable

import polars as pl
import pycountry

from adapters.reading.text_keys import text_key
from adapters.reading.vocabulary import currency_names, currency_title_words

# currency marks an amount cell may carry (matched ignoring case), one list for reading the number ('numbers') and
# its currency. The longer marks come first, so 'US$ 9,750.00' loses 'US$' and not its '$' alone (a list in Hong Kong
# dollars is not one in US dollars), '1 200 euro' its 'euro', '1200 美元' its '美元' and not the yuan's '元'; 'TL'
# (the Turkish lira) only ends a word, '1.200,00 TL'
CURRENCY_MARK = (
    r"us\$|hk\$|[$€£¥₽₺₸₼₹₩₪₴]|美元|欧元|港元|日元|元|usd|euro|eur|rub|rur|tmt|cny|rmb|try|gbp|aed|kzt|uzs|jpy|chf"
    r"|tl\b|manat|man\.?|тмт|руб\.?|р\."
)
# a mark of the list above, or any ISO code written in capitals ('1 200 KGS')
_MARK_IN_CELL = rf"((?i:{CURRENCY_MARK})|\b[A-Z]{{3}}\b)"


def named_currency(key: str) -> str | None:
    """The code of a currency the vocabulary names by this key ('долл сша', '$', 'usd'); None for any other."""
    return currency_names().get(key)


def currency_code(text: str) -> str | None:
    """'долл. США' -> 'USD', '€' -> 'EUR', 'TMT' -> 'TMT'; None when the text names no currency."""
    key = text_key(text)
    if found := named_currency(key):
        return found
    if len(key) == 3 and key.isascii() and key.isalpha():
        known = pycountry.currencies.get(alpha_3=key.upper())
        return known.alpha_3 if known is not None else None
    return None


def code_of_mark(written: str) -> str | None:
    """The currency a mark names as a whole: a name of the vocabulary, or an ISO code written in capitals ('ALL',
    'CUP', 'TOP' are English words too)."""
    if found := named_currency(text_key(written)):
        return found
    return currency_code(written) if written.strip().isupper() else None


def _after_title_word(key: str) -> str | None:
    """'счет 58 валюта доллар сша' -> 'USD': the currency named right after a word such as 'валюта'."""
    padded = f" {key} "
    for word in currency_title_words():
        at = padded.find(f" {word} ")
        if at < 0:
            continue
        following = padded[at + len(word) + 2 :].split()
        for size in (3, 2, 1):
            if following[:size] and (found := currency_code(" ".join(following[:size]))):
                return found
    return None


def currency_in_title(rows: Iterable[list[str | None]]) -> str | None:
    """A title cell such as 'Currency: USD' or 'Валюта' followed by a cell 'доллар США'."""
    for row in rows:
        cells = [text_key(cell) for cell in row if cell and cell.strip()]
        for position, key in enumerate(cells):
            found = _after_title_word(key)
            if found is None and key in currency_title_words() and position + 1 < len(cells):
                found = currency_code(cells[position + 1])
            if found is not None:
                return found
    return None


def currency_in_cells(values: pl.Series) -> str | None:
    """The commonest currency mark written inside the amount cells ('$1,200.00', '1 200 EUR')."""
    marks = values.drop_nulls().str.extract(_MARK_IN_CELL).drop_nulls().to_list()
    codes = Counter(code for mark in marks if (code := currency_code(mark)))
    return codes.most_common(1)[0][0] if codes else None
