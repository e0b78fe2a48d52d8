"""The classifier answers off the event loop: a job that waits for it (the index loading) holds no other request."""

import asyncio
import time
from collections.abc import Sequence

import pytest

from adapters.memory.in_memory import InMemoryClassificationMemory
from application.ports.classifier import ClassificationRequest
from application.ports.memory import Confirmation
from application.processing.memory_first import memory_first
from domain.classification.candidate import Candidate, Classification, Source
from domain.goods.product_line import ProductLine


class SlowClassifier:
    """Blocks its thread as loading the index does."""

    def classify(self, requests: Sequence[ClassificationRequest], top: int = 5) -> list[Classification]:
        time.sleep(0.5)
        return [Classification([Candidate("090230", 1.0, "tea")]) for _ in requests]


async def test_the_event_loop_serves_while_the_classifier_works() -> None:
    ticks = 0

    async def other_requests() -> None:
        nonlocal ticks
        for _ in range(10):
            await asyncio.sleep(0.02)
            ticks += 1

    async def classified() -> tuple[dict[str, Classification], int]:
        lines = [ProductLine(row=1, description="Black tea")]
        found = await memory_first(InMemoryClassificationMemory(), SlowClassifier(), "account", lines, 5)
        return found, ticks

    (found, ticks_meanwhile), _ = await asyncio.gather(classified(), other_requests())

    assert found["black tea"].candidates[0].hs6 == "090230"
    assert ticks_meanwhile == 10  # all of them ran while the classifier slept


class TeaClassifier:
    """Proposes packed black tea first and bulk tea second, as the engine would for 'in packs of 10 kg'."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def classify(self, requests: Sequence[ClassificationRequest], top: int = 5) -> list[Classification]:
        self.asked += [request.description for request in requests]
        candidates = [Candidate("090240", 0.7, "tea in bulk"), Candidate("090230", 0.3, "tea in packs")]
        return [Classification(candidates, confidence=0.6) for _ in requests]


async def test_a_line_recalled_for_review_shows_the_classifiers_codes_and_confidence_beside_the_remembered() -> None:
    memory = InMemoryClassificationMemory()
    await memory.remember(Confirmation("account", "Black tea 100 g", "090230", None, "broker"))
    classifier = TeaClassifier()
    lines = [ProductLine(row=1, description="Black tea 10 kg"), ProductLine(row=2, description="Black tea 100 g")]

    found = await memory_first(memory, classifier, "account", lines, 5)

    checked, same = found["black tea 10 kg"], found["black tea 100 g"]
    assert classifier.asked == ["Black tea 10 kg"]  # the line recalled as confirmed is not asked again
    assert (checked.source, checked.needs_review) == (Source.MEMORY, True)
    assert [c.hs6 for c in checked.candidates] == ["090230", "090240"]  # the remembered code stays first
    assert checked.candidates[0].rationale.startswith("from memory: confirmed by broker")
    assert checked.confidence == pytest.approx(0.6)  # the classifier's best figure: not 100 %, nor below 0902.40's
    assert (same.source, same.needs_review, same.confidence, len(same.candidates)) == (Source.MEMORY, False, 1.0, 1)
