"""The order every classification follows, a job's chunk or a command-line run: the account's memory first, the
classifier for the rest, each distinct description once."""

import asyncio
from collections.abc import Sequence

from application.ports.classifier import ClassificationRequest, Classifier, NationalLines
from application.ports.memory import ClassificationMemory
from application.processing.line_keys import description_key
from domain.classification.candidate import Classification
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
    fresh = [(key, line) for key, line in pending.items() if key not in found]
    requests = [ClassificationRequest(line.description, line.declared_code) for _, line in fresh]
    # in a thread: the classifier works (or waits for its index) for seconds, and the event loop serves meanwhile
    answers = await asyncio.to_thread(classifier.classify, requests, top) if requests else []
    found.update((key, answer) for (key, _), answer in zip(fresh, answers, strict=True))
    return found


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
