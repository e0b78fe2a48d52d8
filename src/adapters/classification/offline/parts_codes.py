"""Subheadings of parts, and the headings whose goods they are parts of: "Seats; parts, ..." (9401.99) of 9401,
"Machinery; parts and accessories ... of the machines of heading no. 8471" (8473.30) of 8473 and 8471."""

import re
from collections.abc import Sequence

from adapters.classification.nomenclature.hs_nomenclature import Subheading

_PARTS = re.compile(r"; parts\b")
_HEADING = re.compile(r"\bheadings? (?:no\. )?(\d{4})")


def parts_of(subheadings: Sequence[Subheading]) -> dict[str, frozenset[str]]:
    """Per subheading of parts, the headings of the goods it is a part of."""
    return {
        subheading.code: frozenset({subheading.heading, *_HEADING.findall(subheading.text)})
        for subheading in subheadings
        if _PARTS.search(subheading.text)
    }
