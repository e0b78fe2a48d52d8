"""The key under which two descriptions of one file count as the same product."""

import re
import unicodedata

_SPACE = re.compile(r"\s+")


def description_key(description: str) -> str:
    """Case, accents of width, and runs of spaces do not make a different product."""
    text = unicodedata.normalize("NFKC", description).casefold()
    return _SPACE.sub(" ", text).strip()
