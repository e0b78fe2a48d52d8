"""Finds the lexicon phrases whose every word occurs in a description (any order), exactly or as read."""

from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from adapters.classification.offline.knowledge import Term
from adapters.classification.offline.qualifiers import is_pack_word
from adapters.classification.offline.text import matching_keys

Readings = Mapping[int, Sequence[tuple[str, float]]]  # position -> (phrase word, quality) a line's word may be


@dataclass(frozen=True, slots=True)
class PhraseHit:
    term: Term
    weight: float  # summed IDF of the phrase's words (times their reading's quality): long, rare phrases weigh most
    positions: tuple[int, ...]  # where in the description's content words each of the phrase's keys stands
    exact: bool = True  # every word found as written, none only read from a shortened or misspelt word
    ambiguity: float = 0.0  # a one-word phrase: share of the lexicon's phrases with its word that name another chapter


class PhraseMatcher:
    """Each phrase is filed under its rarest key, so a description looks up only its own keys.

    Pack words ("set", "gift", "pack") weigh nothing: "knife set" is as strong as "knife", "gift set" is no hit.
    """

    def __init__(self, terms: Sequence[Term], idf: Callable[[str], float]) -> None:
        self._idf = lambda key: 0.0 if is_pack_word(key) else idf(key)
        self._by_key: dict[str, list[tuple[Term, int]]] = {}
        for term in terms:
            rarest = max(term.keys, key=self._idf)
            self._by_key.setdefault(rarest, []).append((term, _goods_word_count(term)))
        self._ambiguity = _lone_word_ambiguity(terms)

    def words(self) -> Counter[str]:
        """Every word of every phrase (as keys), with the number of phrases using it."""
        return Counter(word for terms in self._by_key.values() for term, _ in terms for word in set(term.keys))

    def hits(
        self, description_keys: tuple[str, ...], readings: Readings | None = None, marks: Collection[str] = ()
    ) -> list[PhraseHit]:
        """The phrases whose words all occur in the line (as written or as read) and whose marks it writes."""
        found_at = {key: (position, 1.0) for position, key in enumerate(description_keys)}
        for position, options in (readings or {}).items():
            for key, quality in options:
                if found_at.get(key, (0, 0.0))[1] < quality:
                    found_at[key] = (position, quality)
        found = []
        for key in found_at:
            for term, goods_words in self._by_key.get(key, ()):
                if all(word in found_at for word in term.keys) and term.marks.issubset(marks):
                    words = set(term.keys)
                    if len({found_at[word][0] for word in words}) < len(words):
                        continue  # one written word cannot stand for two words of the phrase
                    if len(words) < len(term.keys) and not _repeats_as_often(term.keys, description_keys):
                        continue  # "верх кожа подошва кожа" needs leather twice
                    positions = _closest(term.keys, found_at, description_keys)
                    if goods_words and min(positions[:goods_words]) > max(positions[goods_words:]):
                        continue  # "Кресло офисное, крестовина хром" is a chair, not a "крестовина для кресла"
                    weight = sum(self._idf(word) * found_at[word][1] for word in words)
                    if weight > 0:
                        exact = all(found_at[word][1] == 1.0 for word in words)
                        ambiguity = self._ambiguity.get((term.keys[0], term.code[:2]), 0.0) if _lone(term) else 0.0
                        found.append(PhraseHit(term, weight, positions, exact, ambiguity))
        return found


def _closest(
    phrase_keys: tuple[str, ...], found_at: Mapping[str, tuple[int, float]], description_keys: tuple[str, ...]
) -> tuple[int, ...]:
    """Where the phrase's words stand; a word the line writes twice is taken where it stands nearest the
    phrase's other words ("video camera ... recording video": the first "video")."""
    positions = [found_at[key][0] for key in phrase_keys]
    for i, key in enumerate(phrase_keys):
        others = positions[:i] + positions[i + 1 :]
        written = [at for at, written_key in enumerate(description_keys) if written_key == key]
        if len(written) > 1 and others:
            positions[i] = min(written, key=lambda at: sum(abs(at - other) for other in others))
    return tuple(positions)


def _goods_word_count(term: Term) -> int:
    """How many of a Russian "X для Y" phrase's keys name the goods X (0 for other phrases): Russian names the goods
    before what they serve, so a line that writes every word of Y before X names Y's goods, not X."""
    goods, purpose = f" {term.text.lower()} ".partition(" для ")[::2]
    if not purpose.strip():
        return 0
    count = len(matching_keys(goods))
    return count if 0 < count < len(term.keys) else 0


def _repeats_as_often(phrase_keys: tuple[str, ...], description_keys: tuple[str, ...]) -> bool:
    written = Counter(description_keys)
    return all(written[key] >= count for key, count in Counter(phrase_keys).items())


def _lone(term: Term) -> bool:
    """A phrase of one word and no number or letter beside it ("ball", not "e liquid" or "1460 boots")."""
    return len(term.keys) == 1 and not term.marks


def _lone_word_ambiguity(terms: Sequence[Term]) -> dict[tuple[str, str], float]:
    """Per (lone word, chapter): the share of the phrases using the word that name another chapter.

    "ball", "angle", "boots" alone: the more other trades' phrases use the word, the less it says.
    """
    lone = {term.keys[0] for term in terms if _lone(term)}
    chapters: dict[str, Counter[str]] = {word: Counter() for word in lone}
    for term in terms:
        for key in lone.intersection(term.keys):
            chapters[key][term.code[:2]] += 1
    return {
        (word, chapter): 1.0 - count / counted.total()
        for word, counted in chapters.items()
        for chapter, count in counted.items()
    }
