import json

import httpx2
import pytest
from openai import AsyncOpenAI

from adapters.classification.agent.answer import BatchAnswer
from adapters.classification.agent.factory import build_agent_classifier
from adapters.classification.agent.settings import AgentSettings
from application.ports.classifier import ClassificationRequest
from domain.classification.candidate import Source

from .doubles import ListedEngine, TextNomenclature, line

ENGINE = ListedEngine({"ноутбук Lenovo 15.6": [("847130", 0.62)]})


def response_body(text: str) -> dict[str, object]:
    """A Responses API answer: one file search, then the structured message."""
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 0,
        "model": "gpt-4.1-mini",
        "status": "completed",
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
        "output": [
            {"type": "file_search_call", "id": "fs_1", "status": "completed", "queries": ["laptop"]},
            {
                "type": "message",
                "id": "msg_1",
                "role": "assistant",
                "status": "completed",
                "content": [{"type": "output_text", "text": text, "annotations": []}],
            },
        ],
        "usage": {
            "input_tokens": 3000,
            "input_tokens_details": {"cached_tokens": 1000},
            "output_tokens": 200,
            "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": 3200,
        },
    }


class ResponsesApi:
    """Serves /v1/responses from a queue of (status, body); records the request bodies."""

    def __init__(self, *replies: tuple[int, dict[str, object]]) -> None:
        self.replies = list(replies)
        self.requests: list[dict[str, object]] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        assert request.url.path == "/v1/responses"
        self.requests.append(json.loads(request.content))
        status, body = self.replies.pop(0)
        return httpx2.Response(status, json=body)

    def client(self) -> AsyncOpenAI:
        transport = httpx2.MockTransport(self)
        return AsyncOpenAI(api_key="sk-test", max_retries=0, http_client=httpx2.AsyncClient(transport=transport))


def test_the_responses_api_gets_file_search_and_the_json_schema_and_a_429_is_retried() -> None:
    answer = BatchAnswer(lines=[line(1, "847130", confidence=0.9)]).model_dump_json()
    api = ResponsesApi(
        (429, {"error": {"message": "Rate limit reached", "type": "requests"}}), (200, response_body(answer))
    )
    settings = AgentSettings(
        vector_store_ids=("vs_hs",),
        backoff_seconds=0.0,
        price_input=1.0,
        price_cached_input=0.5,
        price_output=10.0,
        price_per_thousand_searches=2.5,
    )
    agent = build_agent_classifier(ENGINE, TextNomenclature(), settings, client=api.client())

    [found], spent = agent.classify_metered([ClassificationRequest("ноутбук Lenovo 15.6")])
    agent.close()

    assert found.source is Source.AGENT
    assert found.chosen is not None
    assert found.chosen.hs6 == "847130"
    sent = api.requests[-1]
    assert len(api.requests) == 2
    assert sent["model"] == "gpt-4.1-mini"
    assert sent["tools"] == [{"type": "file_search", "vector_store_ids": ["vs_hs"], "max_num_results": 8}]
    text_format = sent["text"]["format"]  # type: ignore[index]
    assert (text_format["type"], text_format["strict"]) == ("json_schema", True)
    assert "Line 1" in json.dumps(sent["input"], ensure_ascii=False)
    assert (spent.input_tokens, spent.cached_input_tokens, spent.output_tokens, spent.file_searches) == (
        3000,
        1000,
        200,
        1,
    )
    assert spent.cost_usd == pytest.approx((2000 * 1.0 + 1000 * 0.5 + 200 * 10.0) / 1e6 + 2.5 / 1000)


def test_without_a_key_or_a_client_there_is_no_agent() -> None:
    with pytest.raises(ValueError, match="OPENAI_API_KEY"):
        build_agent_classifier(ENGINE, TextNomenclature(), AgentSettings(api_key=None))


def test_with_a_key_the_agent_uses_the_configured_responses_model() -> None:
    agent = build_agent_classifier(ENGINE, TextNomenclature(), AgentSettings(api_key="sk-test", model="gpt-4.1"))

    assert agent.agent.model.model == "gpt-4.1"  # type: ignore[union-attr]
    assert agent.agent.model._client.max_retries == 0  # type: ignore[union-attr]
