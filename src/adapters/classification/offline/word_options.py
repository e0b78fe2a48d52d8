"""The phrase words a shortened or misspelt word of a parcel line may stand for, each with a quality.

Parcel lines are cut at a fixed width and typed in a hurry: "hydr crm", "moistrsr", "trainners", "pillow talk
lip". Where the abbreviation expander needs one sure reading, the phrase matcher can weigh several: a phrase
matches only when all its words are found, so "hydr" -> hydrating is kept by "hydrating cream" and
"hydr" -> hydraulic finds nothing.
"""

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from adapters.classification.offline.abbreviations import least_cover
from adapters.classification.offline.in_order import InOrderWords
from adapters.classification.offline.stemming import stem

_LATIN = re.compile(r"[a-z]{3,}")
_VOWELS = frozenset("aeiouy")
_LATIN_LETTERS = re.compile(r"[a-zäöüß]+")  # German compounds too
MIN_PREFIX = 3  # a cut word keeps at least this many letters
WHOLE_WORD = 6  # a known word this long is read as cut short only into a word as many phrases use
PREFIX_BASE = 0.45  # quality of a cut word: this much, plus up to PREFIX_SPAN for the share of letters kept
PREFIX_SPAN = 0.4
SKELETON = 0.85  # quality of a consonant skeleton ("crm" -> cream) that keeps all the word's consonants
TYPO_FROM = 5  # words this long may carry one slip (insertion, deletion, change or swap of letters)
TWO_TYPOS_FROM = 9
TYPO = 0.8
POSSESSIVE = 0.9  # quality of a noun read without its possessive vowel
MIN_POSSESSIVE = 4  # "waly" (the shaft of) is the shortest
MOST = 12  # readings kept per word, best first
HEAD_LETTERS = 5  # the last part of a compound read as its head has at least this many letters
COMPOUND_HEAD = 0.7
RARE_USES = 2  # a phrase word used this rarely ...
COMMON_USES = 10  # ... that begins a word used this many times more is read as that word cut short


class WordOptions:
    """Phrase words filed by first letter, sorted, for prefix, skeleton and one-slip lookups."""

    def __init__(self, phrase_words: Iterable[str]) -> None:
        """`phrase_words` may repeat a word once per phrase using it (a `Counter` does): common words are the
        likelier completions of a cut one."""
        self._uses = Counter(phrase_words)
        self._words = frozenset(word for word in self._uses if _LATIN.fullmatch(word))
        self._sorted = sorted(self._words)
        by_letter: dict[str, list[str]] = {}
        for word in self._sorted:
            by_letter.setdefault(word[0], []).append(word)
        self._by_letter = by_letter
        self._in_order = InOrderWords(self._words)
        self.options = lru_cache(maxsize=2**15)(self._options)

    def __contains__(self, word: str) -> bool:
        return word in self._words

    def _options(self, token: str, known: bool) -> tuple[tuple[str, float], ...]:
        """(word, quality) readings of `token`; a known word is only read as cut short (the line's last word), and
        only into a word as many phrases use ("aluminium" is no "aluminiumblech" cut short)."""
        if not _LATIN.fullmatch(token):
            return ()
        found: dict[str, float] = {}
        for word in self._likeliest(self._completions(token)):
            if not known or len(token) < WHOLE_WORD or self._uses[word] >= self._uses[token]:
                found[word] = PREFIX_BASE + PREFIX_SPAN * len(token) / len(word)
        if not known:
            for word, quality in [*self._skeletons(token), *self.slips(token)]:
                found[word] = max(found.get(word, 0.0), quality)
        found.pop(token, None)
        return tuple(sorted(found.items(), key=lambda item: (-item[1], item[0]))[:MOST])

    def _completions(self, token: str) -> list[str]:
        if len(token) < MIN_PREFIX:
            return []
        start = bisect.bisect_left(self._sorted, token)
        end = bisect.bisect_left(self._sorted, token + "{")  # "{" sorts after every lower-case letter
        return self._sorted[start:end]

    def compound_head(self, token: str) -> tuple[tuple[str, float], ...]:
        """An unknown compound read as its last part, the longest phrase word it ends with ("kreiselpumpe" ->
        "pumpe", "sechskantschrauben" -> "schrauben"): German and glued English name the goods last."""
        if not _LATIN_LETTERS.fullmatch(token):
            return ()
        for start in range(1, len(token) - HEAD_LETTERS + 1):
            if token[start:] in self._uses:
                return ((token[start:], COMPOUND_HEAD),)
        return ()

    def begins_commoner(self, word: str) -> bool:
        """Whether a word few phrases use begins words many phrases use: more likely one of them cut short."""
        uses = self._uses[word]
        return uses <= RARE_USES and any(
            self._uses[other] >= COMMON_USES * max(uses, 1)
            for other in self._likeliest(self._completions(word))
            if other != word
        )

    def _likeliest(self, completions: list[str]) -> list[str]:
        """At most MOST completions, the words most phrases use first ("hydr": hydrating before a brand)."""
        if len(completions) <= MOST:
            return completions
        return sorted(completions, key=lambda word: (-self._uses[word], len(word)))[:MOST]

    def _skeletons(self, token: str) -> list[tuple[str, float]]:
        found = []
        for word in self._in_order.longer(token, 3 * len(token) + 2):
            consonants = sum(letter not in _VOWELS for letter in word)
            cover = sum(letter not in _VOWELS for letter in token) / max(consonants, 1)
            if not word.startswith(token) and cover >= least_cover(token):
                found.append((word, SKELETON * min(cover, 1.0)))
        return found

    def slips(self, token: str) -> list[tuple[str, float]]:
        if len(token) < TYPO_FROM:
            return []
        most = 2 if len(token) >= TWO_TYPOS_FROM else 1
        near = process.extract(
            token, self._by_letter.get(token[0], []), scorer=OSA.distance, score_cutoff=most, limit=MOST
        )
        return [(word, TYPO * (1 - distance / len(word))) for word, distance, _ in near]


def _vowelless(key: str) -> bool:
    """A Latin word without vowels is shorthand even where a phrase writes it too ("crm", "lqd", "shmp")."""
    return bool(_LATIN.fullmatch(key)) and not _VOWELS.intersection(key)


def _same_stem_slips(key: str, options: WordOptions) -> tuple[tuple[str, float], ...]:
    """A word no phrase uses but whose stem the index knows may still be a misspelt phrase word of the same
    stem: "bearring" (stem "bear") is "bearing"."""
    if not _LATIN.fullmatch(key):
        return ()
    return tuple((word, quality) for word, quality in options.slips(key) if stem(word) == stem(key))


def readings(
    line_keys: tuple[str, ...],
    options: WordOptions,
    known: Callable[[str], bool],
    cut: bool,
    turkmen: bool = False,
    turkmen_words: frozenset[str] = frozenset(),
    initials: frozenset[str] = frozenset(),
) -> dict[int, tuple[tuple[str, float], ...]]:
    """Per position of a word that may be shorthand, the phrase words it may stand for: an unknown word, a
    vowelless one ("crm", "lqd"), or a rare word that begins common ones ("hydr", a piece of the brand "hydr8",
    before "hydrating"); with `cut`, the last word (a line filling its field may end mid-word) is read as cut
    short even when it is a word itself; in a Turkmen line, a noun with its possessive vowel as the noun. Only a
    Turkmen line's shorthand may stand for one of `turkmen_words` ("ruc" in an English line is not "ruçkalar");
    `initials` (see initials.acronyms) stand for nothing."""
    found = {}
    last = len(line_keys) - 1
    for position, key in enumerate(line_keys):
        if key in initials:
            continue
        unknown = key not in options and not known(key)
        if unknown or _vowelless(key):
            read = options.options(key, False) + options.compound_head(key)
        elif key not in options and (slips := _same_stem_slips(key, options)):
            read = slips
        elif options.begins_commoner(key) or (cut and position == last):
            read = options.options(key, True)
        else:
            read = ()
        if not turkmen:
            read = tuple(option for option in read if option[0] not in turkmen_words)
        elif bare := _without_possessive(key, options):
            read = (*read, (bare, POSSESSIVE))
        if read:
            found[position] = read
    return found


def _without_possessive(key: str, options: WordOptions) -> str | None:
    """A noun with the Turkmen possessive vowel after a consonant ("jemperi", "waly", "listi") may stand for
    the noun a phrase writes ("jemper", "wal", "list")."""
    bare = key[:-1]
    if len(key) >= MIN_POSSESSIVE and key[-1] in "yiuü" and bare[-1] not in _VOWELS and bare in options:
        return bare
    return None
