"""The words that name a shoe's soles, apart from those that name its uppers: "верх кожа, подошва резина",
"на резиновой подошве", "rubber sole", "sole: TPR", "rezin dabanly"."""

import re
from collections.abc import Callable

from adapters.classification.offline.text import normalise

_WORD = re.compile(r"[^\W\d_]+")
_SOLE = re.compile(r"^(?:soles?|soled|подошв\w*|daban\w*|taban\w*)$")
_LINKS = frozenset({"of", "из", "is"})
_RUSSIAN_ADJECTIVE = re.compile(r"[а-я]+(?:ая|ой|ую|ые|ых|ый|ий|ом|ей)$")


def soles_and_rest(description: str, names_a_material: Callable[[str], bool]) -> tuple[str, str]:
    """(the words naming the soles, the normalised description without them). After a sole word ("подошва
    ТЭП", "sole rubber") its material follows; else the word before it names it when it can qualify a noun
    there: any word in English and Turkmen ("rubber sole", "rezin taban"), a Russian adjective ("резиновой
    подошве"), not a Russian noun ("кожа, подошва": that leather is the uppers')."""
    text = normalise(description)
    spans = [(match.group(), match.span()) for match in _WORD.finditer(text)]
    words = [word for word, _ in spans]
    taken: set[int] = set()
    for at, word in enumerate(words):
        if not _SOLE.match(word):
            continue
        taken.add(at)
        after = at + 1 + int(at + 1 < len(words) and words[at + 1] in _LINKS)
        if after < len(words) and names_a_material(words[after]):
            taken.add(after)
        elif at > 0 and (words[at - 1].isascii() or _RUSSIAN_ADJECTIVE.match(words[at - 1])):
            taken.add(at - 1)
    named = " ".join(words[at] for at in sorted(taken) if not _SOLE.match(words[at]))
    rest = list(text)
    for at in taken:
        start, end = spans[at][1]
        rest[start:end] = " " * (end - start)
    return named, "".join(rest)
