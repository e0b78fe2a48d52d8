"""Tokens, file searches and their cost: what the agent spent, for a job's totals."""

import threading
from dataclasses import dataclass
from typing import Any

from agents import Agent, RunContextWrapper, RunHooks
from agents.items import ModelResponse
from openai.types.responses import ResponseFileSearchToolCall

from adapters.classification.agent.settings import AgentSettings

_MILLION = 1_000_000


@dataclass(frozen=True, slots=True)
class AgentUsage:
    """Model calls, tokens and file searches, with their cost in USD from the settings' prices."""

    requests: int = 0
    input_tokens: int = 0
    cached_input_tokens: int = 0
    output_tokens: int = 0
    file_searches: int = 0
    cost_usd: float = 0.0

    def __add__(self, other: "AgentUsage") -> "AgentUsage":
        return AgentUsage(
            self.requests + other.requests,
            self.input_tokens + other.input_tokens,
            self.cached_input_tokens + other.cached_input_tokens,
            self.output_tokens + other.output_tokens,
            self.file_searches + other.file_searches,
            self.cost_usd + other.cost_usd,
        )


def priced(response: ModelResponse, settings: AgentSettings) -> AgentUsage:
    """The usage of one model response; cached input tokens are charged at the cached price."""
    usage = response.usage
    cached = getattr(usage.input_tokens_details, "cached_tokens", 0) or 0
    searches = sum(isinstance(item, ResponseFileSearchToolCall) for item in response.output)
    cost = (
        (usage.input_tokens - cached) * settings.price_input
        + cached * settings.price_cached_input
        + usage.output_tokens * settings.price_output
    ) / _MILLION + searches * settings.price_per_thousand_searches / 1000
    return AgentUsage(usage.requests, usage.input_tokens, cached, usage.output_tokens, searches, cost)


class UsageMeter(RunHooks[Any]):
    """Run hooks adding up every model response, including those of runs that later fail."""

    def __init__(self, settings: AgentSettings) -> None:
        self._settings = settings
        self._lock = threading.Lock()
        self._total = AgentUsage()

    @property
    def total(self) -> AgentUsage:
        with self._lock:
            return self._total

    def add(self, usage: AgentUsage) -> None:
        with self._lock:
            self._total = self._total + usage

    async def on_llm_end(self, context: RunContextWrapper[Any], agent: Agent[Any], response: ModelResponse) -> None:
        self.add(priced(response, self._settings))
