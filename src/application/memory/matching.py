"""When a remembered description is the same product as a new one: same key, or one typo in one word."""

from collections.abc import Iterable

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from application.memory.normalise import MemoryKey, joined, memory_key
from application.memory.remembered import Remembered

# fuzz.ratio of the two words a typo tells apart: 'notebook'/'notebok' 93, 'shirt'/'shirts' 91, but
# 'chair'/'chain' 80, 'men'/'women' 75, 'cup'/'cap' 67: short words one letter apart are other goods.
TYPO_SIMILARITY = 85.0
MIN_SWAPPED_LENGTH = 5  # two neighbouring letters swapped in a word this long is a typo ('lmapa', 'latpop'),
# though ratio scores it as two edits (80 for five letters)


def shared_words_needed(key: MemoryKey) -> int:
    """A near-duplicate has as many words and shares all of them but the mistyped one."""
    return len(key.tokens) - 1


def typo_pair(query: MemoryKey, candidate: MemoryKey) -> tuple[str, str] | None:
    """The one word each side has that the other lacks, when that is the only difference."""
    if len(query.tokens) != len(candidate.tokens):
        return None
    mine = set(query.tokens) - set(candidate.tokens)
    theirs = set(candidate.tokens) - set(query.tokens)
    if len(mine) != 1 or len(theirs) != 1:
        return None
    return mine.pop(), theirs.pop()


def similarity(query: MemoryKey, candidate: MemoryKey, threshold: float = TYPO_SIMILARITY) -> float | None:
    """1.0 for the same key; the keys' rapidfuzz ratio (0..1) for a one-typo near-duplicate; else None."""
    if query.tokens == candidate.tokens:
        return 1.0
    pair = typo_pair(query, candidate)
    if pair is None or not _one_typo_apart(*pair, threshold) or _a_piece_apart(*pair, query, candidate):
        return None
    return round(fuzz.ratio(query.text, candidate.text) / 100, 4)


def _one_typo_apart(mine: str, theirs: str, threshold: float) -> bool:
    if OSA.distance(mine, theirs, score_cutoff=1) > 1:
        return False
    swapped = len(mine) >= MIN_SWAPPED_LENGTH and sorted(mine) == sorted(theirs)
    return swapped or fuzz.ratio(mine, theirs) >= threshold


def _a_piece_apart(mine: str, theirs: str, *keys: MemoryKey) -> bool:
    """'tshirt' written 't-shirt' is 'shirt' with a piece more: other goods (6109 vs 6205), not a typo."""
    for word in (word for key in keys for word in key.hyphenated):
        pieces = word.split("-")
        if joined(word) in (mine, theirs) and {mine, theirs} & {"".join(pieces[1:]), "".join(pieces[:-1])}:
            return True
    return False


def closest(
    query: MemoryKey, candidates: Iterable[Remembered], threshold: float = TYPO_SIMILARITY
) -> tuple[Remembered, float] | None:
    """The most similar near-duplicate among the candidates; ties go to the latest confirmation."""
    best: tuple[Remembered, float] | None = None
    for entry in candidates:
        score = similarity(query, memory_key(entry.description), threshold)
        if score is not None and (best is None or (score, entry.confirmed_at) > (best[1], best[0].confirmed_at)):
            best = (entry, score)
    return best
