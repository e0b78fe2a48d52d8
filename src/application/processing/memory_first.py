"""The order every classification follows, a job's chunk or a command-line run: the account's memory first, the
classifier for the rest, each distinct description once. A line memory recalls for review (it states other figures
or another model than the one confirmed) is classified too: the broker who checks it gets the classifier's codes
beside the remembered one, and the remembered one at the classifier's best figure, not memory's 100 %."""

import asyncio
from collections.abc import Sequence
from dataclasses import replace

from application.ports.classifier import ClassificationRequest, Classifier, NationalLines
from application.ports.memory import ClassificationMemory
from application.processing.line_keys import description_key
from domain.classification.candidate import Classification
from domain.classification.shown_confidence import shown_confidences
from domain.goods.product_line import ProductLine


async def memory_first(
    memory: ClassificationMemory,
    classifier: Classifier,
    account_id: str,
    lines: Sequence[ProductLine],
    top: int,
    national_lines: NationalLines | None = None,
) -> dict[str, Classification]:
    """By description key; `national_lines` settles the tariff line of what memory recalls."""
    pending: dict[str, ProductLine] = {}
    for line in lines:
        pending.setdefault(description_key(line.description), line)
    remembered = await _recall(memory, account_id, list(pending.values()), national_lines)
    found = {key: remembered[line.description] for key, line in pending.items() if line.description in remembered}
    to_check = {key for key, recalled in found.items() if recalled.needs_review}
    fresh = [(key, line) for key, line in pending.items() if key not in found or key in to_check]
    requests = [ClassificationRequest(line.description, line.declared_code) for _, line in fresh]
    # in a thread: the classifier works (or waits for its index) for seconds, and the event loop serves meanwhile
    answers = await asyncio.to_thread(classifier.classify, requests, top) if requests else []
    for (key, _), answer in zip(fresh, answers, strict=True):
        found[key] = beside_the_classifier(found[key], answer, top) if key in to_check else answer
    return found


def beside_the_classifier(recalled: Classification, classified: Classification, top: int) -> Classification:
    """The remembered code first, at the classifier's best figure (a person confirmed it for nearly these goods: it
    stands at least as high as any code the classifier proposes), and the classifier's other codes after it at
    theirs."""
    figures = [figure or 0.0 for figure in shown_confidences(classified)]
    own = max(figures, default=0.0)
    remembered = replace(recalled.candidates[0], score=own)
    others = [replace(candidate, score=figure) for candidate, figure in zip(classified.candidates, figures, strict=True)
              if candidate.hs6 != remembered.hs6]  # fmt: skip
    return replace(recalled, candidates=[remembered, *others][:top], confidence=own)


async def _recall(
    memory: ClassificationMemory, account_id: str, lines: list[ProductLine], national_lines: NationalLines | None
) -> dict[str, Classification]:
    remembered = await memory.recall(account_id, [line.description for line in lines])
    if national_lines is None or not remembered:
        return remembered
    declared = {line.description: line.declared_code for line in lines}
    requests = [ClassificationRequest(description, declared.get(description)) for description in remembered]
    settled = national_lines.settle(requests, list(remembered.values()))
    return dict(zip(remembered, settled, strict=True))
