"""Several rows or places named in one problem: 'rows 1, 3 and 4', ten of them at most, the rest counted."""

SHOWN_ROWS = 10


def listed(words: list[str]) -> str:
    """'a, b and c' (two words at least); past SHOWN_ROWS: 'a, b, ... j and 4 more'."""
    if len(words) > SHOWN_ROWS:
        return f"{', '.join(words[:SHOWN_ROWS])} and {len(words) - SHOWN_ROWS} more"
    return f"{', '.join(words[:-1])} and {words[-1]}"
