"""Russian words as their Snowball stems, for memory's looser key (model_free_key) and its search: 'для легкового
автомобиля' and 'для легковых автомобилей' are one product, as a case or a number never makes another subheading.
Other alphabets are kept as written (their plurals and typos are memory's near-duplicate matching's)."""

import re
import threading

import Stemmer

_CYRILLIC = re.compile(r"[а-яё]")
_local = threading.local()  # a PyStemmer object is not to be shared between threads


def stemmed(word: str) -> str:
    """A folded word, each hyphenated piece of it stemmed when it is Cyrillic: 'свинцово-кислотный' ->
    'свинцов-кислотн'."""
    if not _CYRILLIC.search(word):
        return word
    return "-".join(_russian().stemWord(piece) if _CYRILLIC.search(piece) else piece for piece in word.split("-"))


def _russian() -> "Stemmer.Stemmer":
    stemmer: Stemmer.Stemmer | None = getattr(_local, "russian", None)
    if stemmer is None:
        stemmer = _local.russian = Stemmer.Stemmer("russian")
    return stemmer
