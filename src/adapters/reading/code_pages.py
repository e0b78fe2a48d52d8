"""Which 8-bit code page a CSV that is not UTF-8 was saved in: the candidate whose text reads most plausibly in
the languages of the lists (see text_plausibility); of candidates equally plausible, the one whose letters are
the commoner in their languages, as text read in the wrong page writes rare ones. When the letters of another
reading are about as common, the choice is in doubt (see code_page_doubt).
Text that reads worse than not at all in every candidate (Chinese in GBK, Japanese in Shift-JIS) is in none.
"""

import math
from dataclasses import dataclass

from adapters.reading.text_plausibility import letter_rarity, plausibility

# Windows, then KOI8-R and DOS Cyrillic, then the old Mac pages (a list saved on a Mac by an older Excel), then
# ISO Cyrillic and DOS Western (cp850; cp437 writes the letters of Western languages alike), then the pages of
# Greek, Hebrew and Arabic, ISO Central European and Windows Baltic. Of candidates that read the bytes alike, the
# first is named.
CODE_PAGES = {
    "cp1251": "Windows Cyrillic",
    "cp1252": "Windows Western European",
    "cp1250": "Windows Central European",
    "cp1254": "Windows Turkish",
    "koi8_r": "KOI8-R Cyrillic",
    "cp866": "DOS Cyrillic",
    "mac_cyrillic": "Mac Cyrillic",
    "mac_roman": "Mac Western European",
    "iso8859_5": "ISO Cyrillic",
    "cp850": "DOS Western European",
    "cp1253": "Windows Greek",
    "iso8859_7": "ISO Greek",
    "cp1255": "Windows Hebrew",
    "cp1256": "Windows Arabic",
    "iso8859_2": "ISO Central European",
    "cp1257": "Windows Baltic",
}
SCORED_BYTES = 64 * 1024
# The mean place of a text's letters in their alphabets (see alphabets.rarity) varies by chance, the less the
# more letters there are, about as 1 / sqrt(letters): two readings are told apart when their means differ by
# more than this over the square root (more than one place in 25 letters, half a place in 100)
_CLEAR_RARITY_GAP = 5.0


@dataclass(frozen=True, slots=True)
class PageChoice:
    """`plausible`: whether the page reads the bytes plausibly at all; `rival`: a page that reads them as
    plausibly, with other letters about as common, so that the choice is in doubt."""

    page: str
    plausible: bool
    rival: str | None = None


def _clearly_commoner(common: tuple[float, int], rare: tuple[float, int]) -> bool:
    """Whether letters of the first (mean place, letters) are clearly commoner than those of the second."""
    (common_place, letters), (rare_place, _) = common, rare
    return (rare_place - common_place) * math.sqrt(letters) >= _CLEAR_RARITY_GAP


def code_page(data: bytes) -> PageChoice:
    """The most plausible of CODE_PAGES for these bytes: of those equally plausible, the first whose letters
    are about as common as the commonest; `rival` names another such that reads the bytes otherwise."""
    sample = data[:SCORED_BYTES]
    texts = {name: sample.decode(name, errors="replace") for name in CODE_PAGES}
    scores = {name: plausibility(text) for name, text in texts.items()}
    score = max(scores.values())
    tied = [name for name in CODE_PAGES if scores[name] == score]
    if len({texts[name] for name in tied}) == 1:  # they read the bytes alike
        return PageChoice(tied[0], score >= 0)
    rarities = {name: letter_rarity(texts[name]) for name in tied}
    commonest = rarities[min(tied, key=lambda name: rarities[name][0])]
    page, *others = [name for name in tied if not _clearly_commoner(commonest, rarities[name])]
    rivals = [name for name in others if texts[name] != texts[page]]
    return PageChoice(page, score >= 0, rivals[0] if rivals else None)
