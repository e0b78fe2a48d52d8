import asyncio
import math
from concurrent.futures import ThreadPoolExecutor

import httpx2
import openai
import pytest
from agents import FileSearchTool
from agents.exceptions import ModelBehaviorError
from agents.models.interface import ModelTracing
from agents.testing import ModelCall, ModelStep, ScriptedModel, assistant_message
from agents.usage import Usage

from adapters.classification.agent.answer import BatchAnswer
from adapters.classification.agent.classifier import AgentClassifier
from adapters.classification.agent.settings import AgentSettings
from application.ports.classifier import ClassificationRequest
from domain.classification.candidate import Source

from .doubles import ListedEngine, TextNomenclature, alternative, answer_step, answering, line, prompt_lines

ENGINE = ListedEngine(
    {
        "ноутбук Lenovo 15.6": [("847130", 0.62), ("847141", 0.21)],
        "smartphone Samsung A15": [("851712", 0.55)],
        "leather boots": [("640399", 0.40)],
    }
)


def build(model: ScriptedModel, delays: list[float] | None = None, **settings: object) -> AgentClassifier:
    async def sleep(seconds: float) -> None:
        (delays if delays is not None else []).append(seconds)

    options: dict[str, object] = {"vector_store_ids": ("vs_hs", "vs_tm")} | settings
    return AgentClassifier(ENGINE, TextNomenclature(), AgentSettings(**options), model, sleep)  # type: ignore[arg-type]


def requests(*descriptions: str) -> list[ClassificationRequest]:
    return [ClassificationRequest(d) for d in descriptions]


def rate_limited() -> openai.RateLimitError:
    request = httpx2.Request("POST", "https://api.openai.com/v1/responses")
    return openai.RateLimitError("slow down", response=httpx2.Response(429, request=request), body=None)


def test_the_agent_searches_the_vector_stores_and_answers_in_the_batch_schema() -> None:
    model = ScriptedModel([answer_step([line(1, "847130")])])

    build(model).classify(requests("ноутбук Lenovo 15.6"))

    call = model.calls[0]
    assert call.tools == [FileSearchTool(vector_store_ids=["vs_hs", "vs_tm"], max_num_results=8)]
    assert call.output_schema is not None
    assert call.output_schema.name() == BatchAnswer.__name__
    assert call.tracing is ModelTracing.DISABLED


def test_without_a_vector_store_the_agent_has_no_tool() -> None:
    model = ScriptedModel([answer_step([line(1, "847130")])])

    build(model, vector_store_ids=()).classify(requests("ноутбук Lenovo 15.6"))

    assert model.calls[0].tools == []


def test_one_call_carries_several_lines_with_their_engine_hints_and_declared_codes() -> None:
    model = ScriptedModel([answer_step([line(1, "847130"), line(2, "851712")])])
    batch = [ClassificationRequest("ноутбук Lenovo 15.6", "8471.30"), ClassificationRequest("smartphone Samsung A15")]

    build(model).classify(batch)

    assert len(model.calls) == 1
    assert prompt_lines(model.calls[0]) == {1: "ноутбук Lenovo 15.6", 2: "smartphone Samsung A15"}
    message = model.calls[0].input[-1]["content"]
    assert "declared by the supplier: 8471.30" in message
    assert "847130 (score 0.62): Portable automatic data processing machines" in message
    assert "847141 (score 0.21)" in message
    assert "851712 (score 0.55): Telephones for cellular networks" in message


def test_the_answer_becomes_an_agent_classification_with_alternatives() -> None:
    answer = line(
        1,
        "8471.30",
        confidence=0.7,
        national_code="8471300000",
        rationale="a laptop is a portable ADP machine",
        alternatives=[alternative("847141"), alternative("999999")],
    )
    model = ScriptedModel([answer_step([answer])])

    [found] = build(model).classify(requests("ноутбук Lenovo 15.6"))

    assert found.source is Source.AGENT
    assert found.confidence == 0.7
    assert found.needs_review  # under the 0.8 review threshold
    assert [c.hs6 for c in found.candidates] == ["847130", "847141"]
    chosen = found.candidates[0]
    assert chosen.national_code == "8471300000"
    assert chosen.rationale == "a laptop is a portable ADP machine"
    assert chosen.tariff_text == "Portable machines, weighing not more than 10 kg (Turkmenistan tariff line)"
    assert found.candidates[1].score == pytest.approx(0.3)


def test_a_confident_answer_needs_no_review() -> None:
    model = ScriptedModel([answer_step([line(1, "851712", confidence=0.95)])])

    [found] = build(model).classify(requests("smartphone Samsung A15"))

    assert not found.needs_review
    assert found.notes == []


def test_a_failing_model_leaves_every_line_of_the_batch_to_the_engine() -> None:
    model = ScriptedModel([ModelBehaviorError("Invalid JSON when parsing model output")])

    found = build(model).classify(requests("ноутбук Lenovo 15.6", "leather boots"))

    assert [c.source for c in found] == [Source.ENGINE, Source.ENGINE]
    assert [c.chosen.hs6 for c in found if c.chosen] == ["847130", "640399"]
    assert found[0].notes == [
        "engine note",
        "agent failed: ModelBehaviorError: Invalid JSON when parsing model output, engine answer kept",
    ]


def test_a_line_missing_from_the_answer_keeps_the_engine_answer() -> None:
    model = ScriptedModel([answer_step([line(2, "640399")])])

    first, second = build(model).classify(requests("ноутбук Lenovo 15.6", "leather boots"))

    assert first.source is Source.ENGINE
    assert first.notes[-1] == "agent failed: line missing from the answer, engine answer kept"
    assert second.source is Source.AGENT


@pytest.mark.parametrize("code", ["84713", "847130123", "999999", "not a code"])
def test_a_code_outside_the_nomenclature_keeps_the_engine_answer(code: str) -> None:
    model = ScriptedModel([answer_step([line(1, code)])])

    [found] = build(model).classify(requests("ноутбук Lenovo 15.6"))

    assert found.source is Source.ENGINE
    assert [c.hs6 for c in found.candidates] == ["847130", "847141"]
    assert found.notes[-1] == (
        f"agent failed: '{code}' is not an HS-6 subheading of the nomenclature, engine answer kept"
    )


def test_lines_go_in_batches_and_come_back_in_order() -> None:
    descriptions = ["ноутбук Lenovo 15.6", "smartphone Samsung A15", "leather boots"] * 9
    codes = {"ноутбук Lenovo 15.6": "847130", "smartphone Samsung A15": "851712", "leather boots": "640399"}
    model = ScriptedModel([answering(codes) for _ in range(3)])

    found = build(model, batch_size=10).classify(requests(*descriptions))

    assert len(model.calls) == math.ceil(27 / 10)
    assert [len(prompt_lines(call)) for call in model.calls] == [10, 10, 7]
    assert [c.chosen.hs6 for c in found if c.chosen] == [codes[d] for d in descriptions]
    assert {c.source for c in found} == {Source.AGENT}


def test_no_more_calls_in_flight_than_the_concurrency_setting() -> None:
    in_flight, peak = 0, 0

    async def slow(call: ModelCall) -> ModelStep:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.02)
        in_flight -= 1
        return answer_step([line(i, "640399") for i in prompt_lines(call)])

    model = ScriptedModel([ModelStep.respond(slow) for _ in range(6)])

    found = build(model, batch_size=2, concurrency=2).classify(requests(*["leather boots"] * 12))

    assert len(model.calls) == 6
    assert peak == 2
    assert len(found) == 12


def test_a_rate_limited_call_is_retried_after_a_backoff() -> None:
    delays: list[float] = []
    model = ScriptedModel([rate_limited(), rate_limited(), answer_step([line(1, "847130")])])

    [found] = build(model, delays, backoff_seconds=1.5).classify(requests("ноутбук Lenovo 15.6"))

    assert found.source is Source.AGENT
    assert delays == [1.5, 3.0]
    assert len(model.calls) == 3


def test_retries_are_bounded_then_the_engine_answer_is_kept() -> None:
    delays: list[float] = []
    model = ScriptedModel([rate_limited() for _ in range(3)])

    [found] = build(model, delays, max_retries=2).classify(requests("leather boots"))

    assert len(model.calls) == 3
    assert len(delays) == 2
    assert found.source is Source.ENGINE
    assert found.notes[-1].startswith("agent failed: RateLimitError: slow down")


def test_tokens_and_cost_are_counted_per_call_and_in_total() -> None:
    usage = Usage(requests=1, input_tokens=2_000_000, output_tokens=500_000, total_tokens=2_500_000)
    model = ScriptedModel(
        [
            answer_step([line(1, "847130")], usage),
            ModelStep.raise_error(ModelBehaviorError("bad")),
            answer_step([line(1, "640399")], usage),
        ]
    )
    agent = build(model, batch_size=1, concurrency=1, price_input=0.5, price_output=2.0)

    _, first = agent.classify_metered(requests("ноутбук Lenovo 15.6", "smartphone Samsung A15"))
    _, second = agent.classify_metered(requests("leather boots"))

    assert (first.requests, first.input_tokens, first.output_tokens) == (1, 2_000_000, 500_000)
    assert first.cost_usd == pytest.approx(2 * 0.5 + 0.5 * 2.0)
    assert agent.usage.input_tokens == 4_000_000
    assert agent.usage.cost_usd == pytest.approx(first.cost_usd + second.cost_usd)


def test_the_engine_is_asked_for_enough_hints_once_per_call() -> None:
    engine_calls = len(ENGINE.calls)
    model = ScriptedModel([answer_step([line(1, "847130"), line(2, "640399")])])

    build(model, hint_count=7).classify(requests("ноутбук Lenovo 15.6", "leather boots"), top=3)

    assert len(ENGINE.calls) == engine_calls + 1
    assert ENGINE.calls[-1][1] == 7


async def test_classify_works_from_inside_a_running_event_loop() -> None:
    model = ScriptedModel([answer_step([line(1, "640399")])])
    agent = build(model)

    [found] = agent.classify(requests("leather boots"))
    agent.close()

    assert asyncio.get_running_loop().is_running()
    assert found.chosen is not None
    assert found.chosen.hs6 == "640399"


def test_no_request_makes_no_call() -> None:
    model = ScriptedModel([])

    assert build(model).classify([]) == []
    assert model.calls == ()


def test_tokens_of_an_answer_that_fails_to_parse_are_still_counted() -> None:
    usage = Usage(requests=1, input_tokens=1200, output_tokens=300, total_tokens=1500)
    model = ScriptedModel([ModelStep(output=[assistant_message("no JSON here")], usage=usage)])

    [found], spent = build(model).classify_metered(requests("leather boots"))

    assert found.source is Source.ENGINE
    assert (spent.input_tokens, spent.output_tokens) == (1200, 300)


def test_calls_from_several_threads_share_the_loop_and_add_up_their_usage() -> None:
    usage = Usage(requests=1, input_tokens=100, output_tokens=10, total_tokens=110)
    step = ModelStep.respond(lambda call: answer_step([line(i, "640399") for i in prompt_lines(call)], usage))
    agent = build(ScriptedModel([step for _ in range(4)]))

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: agent.classify(requests("leather boots")), range(4)))
    agent.close()

    assert [found.source for [found] in results] == [Source.AGENT] * 4
    assert agent.usage.input_tokens == 400
