"""One form for a word written hyphenated, split or joined: 'front-loading', 'front loading', 'frontloading'.

The key joins a hyphenated word ('frontloading'), so only a split form differs from the other two. A word is
the same as two or more neighbouring words of the other description, in their order, that spell it: 'lunch box'
is 'lunchbox', 'box lunch' is not. A piece of one letter counts only where the joined side wrote the hyphen:
'T shirt' is 'T-shirt' but not 'tshirt' ('S hook' and 'shook' are no evidence of one word)."""

from collections.abc import Iterator, Sequence

from application.memory.normalise import MemoryKey, joined

MAX_PIECES = 4  # 'ready-to-wear' is 'ready to wear'; a joined word is tried split in two only ('front|loading')
MIN_PIECE = 2  # letters of a piece no hyphen marks


def compound_keys(words: Sequence[str]) -> list[MemoryKey]:
    """The keys of the description with neighbouring words joined, or one word split, to look up exactly."""
    tokens = {joined(word) for word in words}
    return [MemoryKey(tuple(sorted((tokens - {one}) | set(pieces)))) for one, pieces in _splits(words)] + [
        MemoryKey(tuple(sorted((tokens - set(run)) | {"".join(run)}))) for run in _runs([joined(w) for w in words])
    ]


def one_form(words: Sequence[str], others: Sequence[str]) -> bool:
    """The two descriptions' words (memory_words) are the same, but for one word the other writes split."""
    return _split_in(words, others) or _split_in(others, words)


def _split_in(whole: Sequence[str], parted: Sequence[str]) -> bool:
    """`whole` has one word that `parted` writes as neighbouring pieces; every other word the same."""
    mine, theirs = {joined(w) for w in whole}, [joined(w) for w in parted]
    extra = mine - set(theirs)
    if len(extra) != 1:
        return False
    word = extra.pop()
    written = next(w for w in whole if joined(w) == word)
    return any(
        "".join(run) == word and (mine - {word}) | set(run) == set(theirs) and _pieces_allowed(run, written)
        for run in _runs(theirs)
    )


def _pieces_allowed(run: Sequence[str], written: str) -> bool:
    return min(map(len, run)) >= MIN_PIECE or written.split("-") == list(run)


def _runs(tokens: Sequence[str]) -> Iterator[Sequence[str]]:
    """Neighbouring alphabetic words, two to MAX_PIECES of them."""
    for start in range(len(tokens)):
        for end in range(start + 2, min(start + MAX_PIECES, len(tokens)) + 1):
            run = tokens[start:end]
            if all(token.isalpha() for token in run):
                yield run


def _splits(words: Sequence[str]) -> Iterator[tuple[str, Sequence[str]]]:
    """Each alphabetic word cut at its hyphens, and cut in two anywhere leaving two letters on each side."""
    for word in words:
        whole = joined(word)
        if not whole.isalpha():
            continue
        if "-" in word:
            yield whole, word.split("-")
        for cut in range(MIN_PIECE, len(whole) - MIN_PIECE + 1):
            yield whole, (whole[:cut], whole[cut:])
