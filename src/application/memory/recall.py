"""Recalling descriptions from an account's memory: one exact lookup for all, then near-duplicates for the rest."""

from collections.abc import Awaitable, Callable, Sequence

from application.memory.matching import TYPO_SIMILARITY, closest
from application.memory.normalise import MemoryKey, memory_key
from application.memory.remembered import Remembered, recollection
from domain.classification.candidate import Classification

ExactLookup = Callable[[list[str]], Awaitable[dict[str, Remembered]]]
CandidateLookup = Callable[[MemoryKey], Awaitable[list[Remembered]]]


async def recall_descriptions(
    descriptions: Sequence[str],
    exact: ExactLookup,
    candidates: CandidateLookup,
    threshold: float = TYPO_SIMILARITY,
) -> dict[str, Classification]:
    """`exact` maps keys to entries; `candidates` returns the entries that may be one typo away from a key."""
    keys = {description: memory_key(description) for description in descriptions}
    found = await exact(sorted({key.text for key in keys.values()}))
    nearest: dict[str, tuple[Remembered, float] | None] = {}
    result = {}
    for description, key in keys.items():
        entry = found.get(key.text)
        if entry is not None:
            result[description] = recollection(entry, 1.0, description)
            continue
        if key.text not in nearest:
            nearest[key.text] = closest(key, await candidates(key), threshold)
        hit = nearest[key.text]
        if hit is not None:
            result[description] = recollection(hit[0], hit[1], description)
    return result
