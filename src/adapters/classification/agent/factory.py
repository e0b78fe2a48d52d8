"""Building the agent classifier on the OpenAI Responses API from the integrator's settings."""

from agents import OpenAIResponsesModel, set_tracing_export_api_key
from openai import AsyncOpenAI

from adapters.classification.agent.classifier import AgentClassifier
from adapters.classification.agent.settings import AgentSettings
from application.ports.classifier import Classifier, Nomenclature


def build_agent_classifier(
    hints: Classifier, nomenclature: Nomenclature, settings: AgentSettings, client: AsyncOpenAI | None = None
) -> AgentClassifier:
    """`client` replaces the one built from the settings, whose own retries are off: AgentClassifier
    retries with backoff itself and counts every attempt."""
    if client is None:
        if not settings.api_key:
            raise ValueError("the OpenAI agent classifier needs an API key (OPENAI_API_KEY)")
        client = AsyncOpenAI(api_key=settings.api_key, max_retries=0, timeout=settings.timeout_seconds)
    if settings.tracing and settings.api_key:
        set_tracing_export_api_key(settings.api_key)
    return AgentClassifier(hints, nomenclature, settings, OpenAIResponsesModel(settings.model, client))
