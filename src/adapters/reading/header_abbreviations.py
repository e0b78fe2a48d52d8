"""Header words cut short with a period ('Страна происх.', 'Колич.', 'Стр. происх.', 'Ursprungsl.', 'Menş.'),
written out as the header vocabulary's words they begin, so that such a header is matched as if spelled out.

A cut word keeps at least three letters and a quarter of the word ('Art.' is no 'Artikelbezeichnung', 'No.' no
'Nosaukums'); a word of the vocabulary ending a header ('Qty.', 'Кол.', 'Ware.') is taken as it stands. A cut word
is written out only when the words it begins are one word's forms ('Menş.': 'menşe', 'menşei'): 'Col.' begins
'colete', 'colis' and 'colli', and may as well be a colour.
"""

import re
from functools import cache
from itertools import islice, product

from adapters.reading.text_keys import text_key
from adapters.reading.vocabulary import header_keys_by_file

_CUT_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,})\.")
_KEPT_SHARE = 4  # a cut word keeps at least 1 / _KEPT_SHARE of the word's letters
_MOST_READINGS = 8  # of a header whose cut words each begin several vocabulary words
_ENDING = 2  # letters an inflection may change at the end of a word
_NOT_WRITTEN_OUT = frozenset({"meas"})  # 'Meas. (CBM)' heads a packing list's volumes, not the unit of measure
# words written out only in a header row told to be in their language: a cut Cyrillic word of a row in no known
# language ('Наим.') is Russian, not the Ukrainian 'найменування' too
_ONLY_TOLD = frozenset({"headers_east_slavic.toml"})


@cache
def _vocabulary_words(languages: frozenset[str]) -> frozenset[str]:
    """The words of the header vocabulary files `languages` (when empty, all but those _ONLY_TOLD)."""
    files = header_keys_by_file()
    keys = (key for name in languages or set(files) - _ONLY_TOLD for key in files[name])
    return frozenset(word for key in keys for word in key.split())


@cache
def _words_begun_by(cut: str, languages: frozenset[str]) -> tuple[str, ...]:
    key = text_key(cut)
    if key in _vocabulary_words(frozenset()) or key in _NOT_WRITTEN_OUT:
        return ()
    words = _vocabulary_words(languages)
    begun = sorted(word for word in words if word.startswith(key) and len(key) * _KEPT_SHARE >= len(word))
    return tuple(begun) if _one_word(begun) else ()


def _one_word(forms: list[str]) -> bool:
    """Whether these are the endings of one word ('происхождение', 'происхождения'), not several words a cut word
    begins ('Col.': 'colete', 'colis', 'colli'; 'Com.': 'commercial', 'commodity')."""
    stem = max(map(len, forms), default=0) - _ENDING
    return all(form[:stem] == forms[0][:stem] for form in forms)


def written_out(header: str, languages: frozenset[str] = frozenset()) -> list[str]:
    """The header with its cut words written out as words of the vocabulary files `languages` (all when empty), one
    text for each way of writing them ('Кол-во упак.' -> 'Кол-во упаковка', 'Кол-во упаковок', ...); none when no
    word is cut or none begins a vocabulary word."""
    cuts = list(_CUT_WORD.finditer(header))
    choices = [_words_begun_by(cut.group(1), languages) or (cut.group(0),) for cut in cuts]
    if not any(_words_begun_by(cut.group(1), languages) for cut in cuts):
        return []
    readings = []
    for words in islice(product(*choices), _MOST_READINGS):
        pieces, end = [], 0
        for cut, word in zip(cuts, words, strict=True):
            pieces += [header[end : cut.start()], word]
            end = cut.end()
        readings.append("".join(pieces) + header[end:])
    return readings
