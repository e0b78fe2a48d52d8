import httpx2
import openai
import pytest

from adapters.classification.agent.backoff import is_transient, retry_after, with_backoff
from adapters.classification.agent.settings import AgentSettings

REQUEST = httpx2.Request("POST", "https://api.openai.com/v1/responses")


def status_error(status: int, headers: dict[str, str] | None = None) -> openai.APIStatusError:
    response = httpx2.Response(status, request=REQUEST, headers=headers)
    return openai.APIStatusError(f"status {status}", response=response, body=None)


@pytest.mark.parametrize(
    ("error", "transient"),
    [
        (status_error(429), True),
        (status_error(500), True),
        (status_error(503), True),
        (status_error(400), False),
        (status_error(401), False),
        (openai.APIConnectionError(request=REQUEST), True),
        (ValueError("bad"), False),
    ],
)
def test_only_rate_limits_server_errors_and_lost_connections_are_transient(error: Exception, transient: bool) -> None:
    assert is_transient(error) is transient


def test_retry_after_reads_the_header_in_seconds() -> None:
    assert retry_after(status_error(429, {"retry-after": "7"})) == 7.0
    assert retry_after(status_error(429, {"retry-after": "soon"})) == 0.0
    assert retry_after(ValueError("no response")) == 0.0


async def test_delays_double_honour_retry_after_and_stop_at_the_cap() -> None:
    errors = [status_error(500), status_error(429, {"retry-after": "9"}), status_error(502), status_error(502)]
    delays: list[float] = []

    async def sleep(seconds: float) -> None:
        delays.append(seconds)

    async def call() -> str:
        if errors:
            raise errors.pop(0)
        return "answer"

    settings = AgentSettings(max_retries=4, backoff_seconds=1.0, backoff_cap_seconds=6.0)

    assert await with_backoff(call, settings, sleep) == "answer"
    assert delays == [1.0, 6.0, 4.0, 6.0]


async def test_a_client_error_is_not_retried() -> None:
    calls = 0

    async def sleep(seconds: float) -> None:
        raise AssertionError("no backoff expected")

    async def call() -> str:
        nonlocal calls
        calls += 1
        raise status_error(400)

    with pytest.raises(openai.APIStatusError):
        await with_backoff(call, AgentSettings(), sleep)
    assert calls == 1
