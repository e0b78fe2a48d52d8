"""Box 31's texts within what a declaration holds: a goods item's descriptions are at most 2000 characters."""

from collections import Counter
from collections.abc import Sequence

MAX_DESCRIPTION = 2000  # characters of an ASYCUDA Description_of_goods or Commercial_Description
SEPARATOR = "; "
ELLIPSIS = "…"


def shortened(text: str, limit: int = MAX_DESCRIPTION) -> str:
    """The text, cut with '…' when it is longer than the limit."""
    return text if len(text) <= limit else text[: limit - len(ELLIPSIS)].rstrip() + ELLIPSIS


def commercial_description(descriptions: Sequence[str], limit: int = MAX_DESCRIPTION) -> str:
    """The distinct descriptions of an item's lines in their order, joined while they fit; then
    '… and N more lines' for the lines left out (the per-line report keeps every one)."""
    lines = Counter(descriptions)
    shown: list[str] = []
    left = len(descriptions)
    for description in lines:
        if len(_joined([*shown, description], left - lines[description])) > limit:
            break
        shown.append(description)
        left -= lines[description]
    if not shown:  # even the first is too long to go whole
        first = next(iter(lines), "")
        left -= lines[first]
        room = limit - (len(SEPARATOR) + len(_more(left)) if left else 0)
        shown = [shortened(first, room)]
    return _joined(shown, left)


def _joined(shown: list[str], left: int) -> str:
    return SEPARATOR.join([*shown, _more(left)] if left else shown)


def _more(left: int) -> str:
    return f"{ELLIPSIS} and {left} more line{'s' if left != 1 else ''}"
