"""Retrying a model call on rate limits and server errors, with exponential backoff."""

import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

import openai

from adapters.classification.agent.settings import AgentSettings

T = TypeVar("T")
Sleep = Callable[[float], Awaitable[None]]
_log = logging.getLogger(__name__)


def is_transient(error: BaseException) -> bool:
    """Rate limits (429), server errors (5xx) and lost connections are worth another try."""
    if isinstance(error, openai.APIStatusError):
        return error.status_code == 429 or error.status_code >= 500
    return isinstance(error, openai.APIConnectionError)


def retry_after(error: BaseException) -> float:
    """The wait the server asked for in its Retry-After header, 0 when it did not say."""
    response = getattr(error, "response", None)
    value = response.headers.get("retry-after") if response is not None else None
    try:
        return float(value) if value else 0.0
    except ValueError:
        return 0.0


async def with_backoff(call: Callable[[], Awaitable[T]], settings: AgentSettings, sleep: Sleep) -> T:
    """`call()` again after 1, 2, 4... x `backoff_seconds` (capped) on transient errors, then give up."""
    attempt = 0
    while True:
        try:
            return await call()
        except Exception as error:
            if attempt >= settings.max_retries or not is_transient(error):
                raise
            delay = min(
                settings.backoff_cap_seconds,
                max(settings.backoff_seconds * 2**attempt, retry_after(error)),
            )
            attempt += 1
            _log.warning("agent call failed (%s), retry %d in %.1f s", error, attempt, delay)
            await sleep(delay)
