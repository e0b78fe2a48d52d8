"""Word lists written as one line of text."""


def listed(text: str) -> frozenset[str]:
    """The space-separated words of a literal list."""
    return frozenset(text.split())
