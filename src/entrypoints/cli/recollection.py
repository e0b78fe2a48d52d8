"""`classify`'s order: the memory first (the command line's own, or a web account's), then the classifier."""

import asyncio
from typing import Any

from application.ports.classifier import ClassificationRequest
from application.processing.line_keys import description_key
from domain.classification.candidate import Classification
from domain.goods.product_line import ProductLine
from entrypoints.cli.local_account import memory_account


class Recollection:
    """Classifies lines chunk by chunk on one event loop; a context manager that closes the loop and the
    database when the run ends, also by an error."""

    def __init__(self, container: Any, email: str | None) -> None:
        self._container, self._email, self._runner = container, email, asyncio.Runner()
        self._memory, self._classifier = container.memory(), container.classifier()
        self._account = ""

    def __enter__(self) -> "Recollection":
        try:
            self._account = self._runner.run(memory_account(self._container, self._email))
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def classify(self, lines: list[ProductLine], top: int) -> dict[str, Classification]:
        """By description key: the lines the memory knows from it, the others from the classifier."""
        recalled = self._runner.run(self._memory.recall(self._account, [line.description for line in lines]))
        found = {description_key(line.description): recalled[line.description] for line in lines
                 if line.description in recalled}  # fmt: skip
        rest = [line for line in lines if description_key(line.description) not in found]
        requests = [ClassificationRequest(line.description, line.declared_code) for line in rest]
        answers = self._classifier.classify(requests, top=top)
        found.update((description_key(line.description), answer) for line, answer in zip(rest, answers, strict=True))
        return found

    def close(self) -> None:
        self._runner.run(self._container.database_engine().dispose())
        self._runner.close()
