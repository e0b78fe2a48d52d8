"""`classify`'s memory: the command line's own, or a web account's, consulted first (see memory_first)."""

import asyncio
from typing import Any

from application.processing.memory_first import memory_first
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
        return self._runner.run(memory_first(self._memory, self._classifier, self._account, lines, top))

    def close(self) -> None:
        self._runner.run(self._container.database_engine().dispose())
        self._runner.close()
