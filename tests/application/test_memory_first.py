"""The classifier answers off the event loop: a job that waits for it (the index loading) holds no other request."""

import asyncio
import time
from collections.abc import Sequence

from adapters.memory.in_memory import InMemoryClassificationMemory
from application.ports.classifier import ClassificationRequest
from application.processing.memory_first import memory_first
from domain.classification.candidate import Candidate, Classification
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
