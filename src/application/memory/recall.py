"""Recalling descriptions from an account's memory: one exact lookup for all, then one for the compound forms
of the rest ('frontloading' for 'front loading'), then near-duplicates, then the same goods in another model (the
keys without model numbers) for what is still missing."""

from collections.abc import Awaitable, Callable, Sequence

from application.memory.compounds import compound_keys, one_form
from application.memory.matching import TYPO_SIMILARITY, closest
from application.memory.normalise import MemoryKey, memory_key, memory_words, model_free_key
from application.memory.remembered import OTHER_FORMS, Remembered, recollection
from domain.classification.candidate import Classification

ExactLookup = Callable[[list[str]], Awaitable[dict[str, Remembered]]]
CandidateLookup = Callable[[MemoryKey], Awaitable[list[Remembered]]]
ModelFreeLookup = Callable[[list[str]], Awaitable[dict[str, list[Remembered]]]]  # model-free key -> its entries
ANOTHER_MODEL_SIMILARITY = 0.9


async def recall_descriptions(
    descriptions: Sequence[str],
    exact: ExactLookup,
    candidates: CandidateLookup,
    threshold: float = TYPO_SIMILARITY,
    model_free: ModelFreeLookup | None = None,
) -> dict[str, Classification]:
    """`exact` maps keys to entries; `candidates` returns the entries that may be one typo away from a key;
    `model_free` maps keys without model numbers to the entries that have them."""
    keys = {description: memory_key(description) for description in descriptions}
    found = await exact(sorted({key.text for key in keys.values()}))
    result = {description: recollection(found[key.text], 1.0, description)
              for description, key in keys.items() if key.text in found}  # fmt: skip
    result.update(await _recall_compound_forms([d for d in keys if d not in result], exact))
    nearest: dict[str, tuple[Remembered, float] | None] = {}
    for description, key in keys.items():
        if description in result:
            continue
        if key.text not in nearest:
            nearest[key.text] = closest(key, await candidates(key), threshold)
        hit = nearest[key.text]
        if hit is not None:
            result[description] = recollection(hit[0], hit[1], description)
    if model_free is not None:
        result.update(await _recall_other_models([d for d in keys if d not in result], model_free))
    return result


async def _recall_other_models(descriptions: list[str], lookup: ModelFreeLookup) -> dict[str, Classification]:
    """The same goods in another model, or with none, or in other forms of its Russian words: the entries sharing
    the looser key (model_free_key), when they all give one code (two products told apart only by their models may
    have two), the latest; always for review."""
    keys = {description: model_free_key(description).text for description in descriptions}
    found = await lookup(sorted(set(keys.values()))) if keys else {}
    result = {}
    for description, key in keys.items():
        entries = found.get(key, [])
        if entries and len({(entry.hs6, entry.national_code) for entry in entries}) == 1:
            latest = max(entries, key=lambda entry: entry.confirmed_at)
            recalled = recollection(latest, ANOTHER_MODEL_SIMILARITY, description)
            if not recalled.needs_review:  # the same words but for their forms: stems may join other goods
                recalled.notes.append(OTHER_FORMS)  # ('мёд' and 'медь' are both 'мед')
                recalled.needs_review = True
            result[description] = recalled
    return result


async def _recall_compound_forms(descriptions: list[str], exact: ExactLookup) -> dict[str, Classification]:
    """The same words with one of them written split on one side and joined on the other: similarity 1.0, the
    latest confirmation first."""
    words = {description: memory_words(description) for description in descriptions}
    forms = {description: {key.text for key in compound_keys(words[description])} for description in descriptions}
    wanted = sorted(set().union(*forms.values()))
    found = await exact(wanted) if wanted else {}
    result = {}
    for description, texts in forms.items():
        same = [found[text] for text in texts if text in found]
        same = [entry for entry in same if one_form(words[description], memory_words(entry.description))]
        if same:
            result[description] = recollection(max(same, key=lambda e: e.confirmed_at), 1.0, description)
    return result
