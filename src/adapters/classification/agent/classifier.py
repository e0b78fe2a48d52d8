"""The OpenAI agent classifier: batches of lines, engine hints in the prompt, engine answer as fallback."""

import asyncio
import logging
import threading
from collections.abc import Sequence

from agents import Agent, FileSearchTool, RunConfig, Runner
from agents.models.interface import Model

from adapters.classification.agent.answer import BatchAnswer
from adapters.classification.agent.backoff import Sleep, with_backoff
from adapters.classification.agent.private_loop import PrivateLoop
from adapters.classification.agent.prompt import INSTRUCTIONS, batch_message
from adapters.classification.agent.settings import AgentSettings
from adapters.classification.agent.usage import AgentUsage, UsageMeter
from adapters.classification.agent.verdict import UnusableAnswer, agent_classification, engine_kept
from application.ports.classifier import ClassificationRequest, Classifier, Nomenclature
from domain.classification.candidate import Classification

_MAX_TURNS = 3  # file search runs inside one model response; spare turns only absorb a stray tool call
_REASON_LENGTH = 200
_log = logging.getLogger(__name__)


class AgentClassifier:
    """Implements the Classifier port; `usage` adds up what every call spent."""

    def __init__(
        self,
        hints: Classifier,
        nomenclature: Nomenclature,
        settings: AgentSettings,
        model: Model,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self._hints, self._nomenclature, self._settings, self._sleep = hints, nomenclature, settings, sleep
        search = FileSearchTool(list(settings.vector_store_ids), max_num_results=settings.search_results)
        self.agent = Agent[None](
            name="gumruk-classifier",
            instructions=INSTRUCTIONS,
            model=model,
            tools=[search] if settings.vector_store_ids else [],
            output_type=BatchAnswer,
        )
        self._run_config = RunConfig(
            workflow_name="gumruk classification",
            tracing_disabled=not (settings.tracing and settings.api_key),
        )
        self._calls = asyncio.Semaphore(settings.concurrency)
        self._loop = PrivateLoop()
        self._lock = threading.Lock()
        self._usage = AgentUsage()

    @property
    def usage(self) -> AgentUsage:
        """Everything spent since this classifier was built."""
        with self._lock:
            return self._usage

    def classify(self, requests: Sequence[ClassificationRequest], top: int = 5) -> list[Classification]:
        return self.classify_metered(requests, top)[0]

    def classify_metered(
        self, requests: Sequence[ClassificationRequest], top: int = 5
    ) -> tuple[list[Classification], AgentUsage]:
        """The classifications, and what this call alone spent (for a job's totals)."""
        if not requests:
            return [], AgentUsage()
        hints = self._hints.classify(requests, top=max(top, self._settings.hint_count))
        meter = UsageMeter(self._settings)
        classifications = self._loop.run(self._classify_all(requests, hints, top, meter))
        with self._lock:
            self._usage = self._usage + meter.total
        return classifications, meter.total

    def close(self) -> None:
        self._loop.close()

    async def _classify_all(
        self,
        requests: Sequence[ClassificationRequest],
        hints: Sequence[Classification],
        top: int,
        meter: UsageMeter,
    ) -> list[Classification]:
        size = self._settings.batch_size
        batches = [
            self._classify_batch(requests[i : i + size], hints[i : i + size], top, meter)
            for i in range(0, len(requests), size)
        ]
        return [answer for batch in await asyncio.gather(*batches) for answer in batch]

    async def _classify_batch(
        self,
        requests: Sequence[ClassificationRequest],
        hints: Sequence[Classification],
        top: int,
        meter: UsageMeter,
    ) -> list[Classification]:
        message = batch_message(requests, hints, self._settings.hint_count)
        try:
            answer = await with_backoff(lambda: self._ask(message, meter), self._settings, self._sleep)
        except Exception as error:
            _log.warning("agent batch of %d lines failed: %s", len(requests), error)
            reason = f"{type(error).__name__}: {error}"[:_REASON_LENGTH]
            return [engine_kept(hint, reason, top) for hint in hints]
        return [self._verdict(answer, line_id, hint, top) for line_id, hint in enumerate(hints, start=1)]

    def _verdict(self, answer: BatchAnswer, line_id: int, hint: Classification, top: int) -> Classification:
        line = next((line for line in answer.lines if line.line_id == line_id), None)
        if line is None:
            return engine_kept(hint, "line missing from the answer", top)
        try:
            return agent_classification(line, self._nomenclature, self._settings.review_below, top)
        except UnusableAnswer as error:
            return engine_kept(hint, str(error), top)

    async def _ask(self, message: str, meter: UsageMeter) -> BatchAnswer:
        async with self._calls:
            result = await Runner.run(
                self.agent, message, max_turns=_MAX_TURNS, hooks=meter, run_config=self._run_config
            )
        return result.final_output_as(BatchAnswer, raise_if_incorrect_type=True)
