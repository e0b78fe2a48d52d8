"""`gumruk worker` as a subprocess for the fault test, with a slow keyword classifier that notes when it is
inside a call (so the test can kill the process in the middle of a chunk).

Run: python -m tests.entrypoints.worker.worker_process TRACE_FILE
"""

import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import typer
from dependency_injector import providers

from application.ports.classifier import ClassificationRequest
from domain.classification.candidate import Classification
from entrypoints.cli import service_commands
from entrypoints.container import Container
from tests.application.fakes import KeywordClassifier

SECONDS_PER_CALL = float(os.environ.get("GUMRUK_TEST_CLASSIFY_SECONDS", "1"))


class SlowTracedClassifier(KeywordClassifier):
    def __init__(self, trace: Path) -> None:
        super().__init__()
        self._trace = trace

    def classify(self, requests: Sequence[ClassificationRequest], top: int = 5) -> list[Classification]:
        self._note("enter")
        time.sleep(SECONDS_PER_CALL)
        answers = super().classify(requests, top)
        self._note("exit")
        return answers

    def _note(self, what: str) -> None:
        with self._trace.open("a", encoding="utf-8") as trace:
            trace.write(what + "\n")


def main() -> None:
    trace = Path(sys.argv.pop(1))
    for_service = Container.for_service

    def with_slow_classifier(data_dir: Path | None = None) -> Any:
        container = for_service(data_dir)
        container.classifier.override(providers.Object(SlowTracedClassifier(trace)))
        return container

    Container.for_service = with_slow_classifier  # type: ignore[method-assign]
    typer.run(service_commands.worker)


if __name__ == "__main__":
    main()
