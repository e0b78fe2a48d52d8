"""A short reason per candidate that a broker can check against the line and the tariff."""

from collections.abc import Sequence

from adapters.classification.offline.knowledge import positive_text
from adapters.classification.offline.phrase_matcher import PhraseHit
from adapters.classification.offline.text import STOP_WORDS, stems, words

_MAX_WORDS = 4


def rationale(
    hs6: str,
    description: str,
    tariff_text: str,
    hits: Sequence[PhraseHit],
    similarity: float,
    attribute_reasons: Sequence[str],
) -> str:
    """E.g. "lexicon 'mascara' -> 3304.20 (cosmetics.csv:5); tariff words: eye; material: cotton stated"."""
    parts = []
    named = [hit for hit in hits if hs6.startswith(hit.term.code)]
    if named:
        hit = max(named, key=lambda found: found.weight)
        parts.append(f"lexicon '{hit.term.text}' -> {_dotted(hit.term.code)} ({hit.term.origin})")
    shared = _shared_words(description, tariff_text)
    if shared:
        parts.append("tariff words: " + ", ".join(shared))
    if not parts:
        parts.append(f"similar in meaning to the tariff text ({similarity:.2f})")
    parts.extend(attribute_reasons)
    return "; ".join(parts)


def _shared_words(description: str, tariff_text: str) -> list[str]:
    tariff_stems = set(stems(positive_text(tariff_text)))
    shared: list[str] = []
    for word in words(description):
        content = word not in STOP_WORDS and len(word) > 2 and not word[0].isdigit()
        if content and word not in shared and set(stems(word)) & tariff_stems:
            shared.append(word)
    return shared[:_MAX_WORDS]


def _dotted(code: str) -> str:
    return f"{code[:4]}.{code[4:]}" if len(code) == 6 else code
