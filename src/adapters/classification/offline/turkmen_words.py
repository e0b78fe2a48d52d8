"""Which phrase words are Turkmen: shorthand in an English line is not read as one ("ruc" is not "ruçkalar"),
and a line typed without Turkmen letters is still told Turkmen by them ("kir yuwujy poroshok")."""

from collections.abc import Sequence
from typing import TYPE_CHECKING

from adapters.classification.nomenclature.hs_nomenclature import Subheading
from adapters.classification.offline.stemming import stem
from adapters.classification.offline.text import has_turkmen_letters, keys, plain_turkmen, words

if TYPE_CHECKING:
    from adapters.classification.offline.knowledge import Term


def turkmen_words(subheadings: Sequence[Subheading], terms: Sequence["Term"]) -> frozenset[str]:
    """Keys of Turkmen words: one a phrase writes with a Turkmen letter ("ruçkalary", also when typed
    "ruckalary"), or one used only in Turkmen phrases; never a word of the tariff texts."""
    turkmen_terms = [term for term in terms if has_turkmen_letters(term.text)]
    lettered_words = {word for term in turkmen_terms for word in words(term.text) if has_turkmen_letters(word)}
    lettered = {key for word in lettered_words for key in keys(word)}
    marked = {(term.origin, plain_turkmen(term.text)) for term in turkmen_terms}
    tariff = {word for subheading in subheadings for word in words(subheading.text)}
    only_in_turkmen: set[str] = set()
    elsewhere = tariff | {word[:-1] for word in tariff if word.endswith("s")}
    for term in terms:
        turkmen_phrase = (term.origin, plain_turkmen(term.text)) in marked
        (only_in_turkmen if turkmen_phrase else elsewhere).update(term.keys)
    all_keys = {key for term in terms for key in term.keys if key.isascii()}
    written = {key for key in all_keys if plain_turkmen(stem(key, turkmen=True)) in lettered}
    return frozenset((written - tariff) | (only_in_turkmen - elsewhere))
