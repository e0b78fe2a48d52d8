"""What the engine knows per subheading: tariff texts down the hierarchy plus lexicon phrases."""

import re
from collections import Counter
from dataclasses import dataclass

from adapters.classification.nomenclature.hs_nomenclature import Subheading
from adapters.classification.offline.lexicon import Lexicon
from adapters.classification.offline.packing import without_packing
from adapters.classification.offline.text import marks, matching_keys, plain_turkmen, stems, words
from adapters.classification.offline.turkmen_words import turkmen_words

_WOVEN = re.compile(r"\(?\bnot knitted or crocheted\)?")
_EXCLUSION = re.compile(r"\((?:excluding|other than|except|not)\b[^)]*\)|\b(?:excluding|other than|except)\b[^,;()]*")
_GARMENT_CHAPTERS = ("61", "62")
_OWN_TEXT_WEIGHT = 2  # the subheading's own words count twice against the inherited ones


def positive_text(tariff_text: str) -> str:
    """The tariff text without what it excludes: "(other than cotton)" must not match "cotton"."""
    return _EXCLUSION.sub(" ", _WOVEN.sub(" woven ", tariff_text))


@dataclass(frozen=True, slots=True)
class Term:
    """One lexicon phrase and the heading or subheading it names."""

    text: str
    stems: tuple[str, ...]  # for BM25
    keys: tuple[str, ...]  # light stems, for matching the phrase itself
    code: str
    origin: str
    marks: frozenset[str] = frozenset()  # "1460 boots", "b+w filter": the line must write them too (text.marks)


@dataclass(frozen=True, slots=True)
class Knowledge:
    subheadings: tuple[Subheading, ...]
    terms: tuple[Term, ...]
    phrase_words: tuple[str, ...]  # every word of every phrase, in order (for the abbreviation reader)
    turkmen_words: frozenset[str] = frozenset()  # see turkmen_words.turkmen_words

    @property
    def codes(self) -> list[str]:
        return [subheading.code for subheading in self.subheadings]

    def documents(self) -> list[list[str]]:
        """Stemmed BM25 documents: own text (weighted), heading, chapter, lexicon phrases."""
        phrases: dict[str, list[str]] = {}
        added: set[tuple[str, tuple[str, ...]]] = set()
        for term in self.terms:
            if (term.code, term.stems) not in added:  # "shave gel" and "shaving gel" count once in BM25
                added.add((term.code, term.stems))
                phrases.setdefault(term.code, []).extend(term.stems)
        documents = []
        for subheading in self.subheadings:
            document = list(stems(positive_text(subheading.text))) * _OWN_TEXT_WEIGHT
            document += stems(positive_text(subheading.heading_text))
            document += stems(subheading.chapter_text)
            document += phrases.get(subheading.code, []) + phrases.get(subheading.heading, [])
            documents.append(document)
        return documents

    def vocabulary(self) -> list[str]:
        """Every word of the tariff texts and lexicon phrases, repeated as often as it occurs."""
        return [word for subheading in self.subheadings for word in words(subheading.text)] + list(self.phrase_words)

    def residual(self) -> list[bool]:
        """Per subheading: the one that takes the goods when the line does not tell the siblings apart.

        Mostly the "n.e.c." one of a heading with several. Where a garment heading splits by fibre, one whose
        fibre is not stated goes to synthetic fibres, the fibre most garments are made of, not to "other
        textile materials" (checked on the dev file: HS-6 top-1 +0.9, top-5 +0.9, the trade sets unchanged).
        """
        siblings = Counter(subheading.heading for subheading in self.subheadings)
        by_fibre = {s.heading for s in self.subheadings if s.code[:2] in _GARMENT_CHAPTERS and _synthetic_garment(s)}
        return [
            _synthetic_garment(subheading)
            if subheading.heading in by_fibre
            else "n.e.c" in subheading.text.lower() and siblings[subheading.heading] > 1
            for subheading in self.subheadings
        ]

    def embedding_texts(self) -> list[str]:
        return [positive_text(subheading.text) for subheading in self.subheadings]


def _synthetic_garment(subheading: Subheading) -> bool:
    """Of synthetic (or man-made, where the heading does not split them) fibres, not merely excluding them."""
    text = positive_text(subheading.text).lower()
    return "synthetic fibres" in text or "man-made fibres" in text


def _as_typed(phrase: str) -> tuple[str, ...]:
    """A Turkmen phrase as written and as typed on a keyboard without its letters: "zeýtun ýagy" is stemmed as
    Turkmen, "zeytun yagy" (nothing tells its language) is not, so each needs its own keys."""
    plain = plain_turkmen(phrase.lower())
    return (phrase, plain) if plain != phrase.lower() else (phrase,)


def build_knowledge(subheadings: list[Subheading], lexicon: Lexicon) -> Knowledge:
    """Joins the lexicon to the nomenclature; phrases naming a code that does not exist are left out.

    Copies are told apart by the keys the phrase matcher uses, not by the heavier BM25 stems: "shaving gel"
    and "shave gel" share stems but not keys, and a description may carry either.
    """
    headings = {subheading.heading for subheading in subheadings}
    known = {subheading.code for subheading in subheadings} | headings
    terms = []
    seen: set[tuple[str, tuple[str, ...], frozenset[str]]] = set()
    for entry in lexicon.entries:
        if entry.code not in known:
            continue
        # packing leaves phrases as it leaves lines: "şeker haltada", "сахар в мешках" are sugar
        for phrase in (typed for term in entry.terms for typed in _as_typed(without_packing(term))):
            key = (entry.code, matching_keys(phrase), marks(phrase))
            if key[1] and key not in seen:
                seen.add(key)
                terms.append(Term(phrase, stems(phrase), key[1], entry.code, entry.origin, key[2]))
    phrase_words = tuple(word for term in terms for word in words(term.text))
    return Knowledge(tuple(subheadings), tuple(terms), phrase_words, turkmen_words(subheadings, terms))
