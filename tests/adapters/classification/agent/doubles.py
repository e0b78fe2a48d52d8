"""In-memory stand-ins for the agent classifier's neighbours: the engine, the nomenclature, the model."""

import re
from collections.abc import Sequence

from agents.testing import ModelCall, ModelStep, assistant_message
from agents.usage import Usage

from adapters.classification.agent.answer import AlternativeCode, BatchAnswer, LineAnswer
from application.ports.classifier import ClassificationRequest
from domain.classification.candidate import Candidate, Classification, Source

TEXTS = {
    "847130": "Portable automatic data processing machines, weighing not more than 10 kg",
    "847141": "Other automatic data processing machines comprising a CPU and an input and output unit",
    "851712": "Telephones for cellular networks or for other wireless networks",
    "851762": "Machines for the reception, conversion and transmission of voice, images or other data",
    "640399": "Other footwear with outer soles of rubber or plastics and uppers of leather",
    "8471300000": "Portable machines, weighing not more than 10 kg (Turkmenistan tariff line)",
}


class TextNomenclature:
    """Knows exactly the codes of TEXTS."""

    def tariff_text(self, code: str) -> str | None:
        return TEXTS.get(code)

    def national_lines(self, hs6: str, country: str) -> list[tuple[str, str]]:
        return [(code, text) for code, text in TEXTS.items() if len(code) > 6 and code.startswith(hs6)]

    def supplementary_unit(self, code: str) -> str | None:
        return None


class ListedEngine:
    """A hints classifier answering from a fixed description -> [(hs6, score)] table."""

    def __init__(self, table: dict[str, list[tuple[str, float]]]) -> None:
        self.table = table
        self.calls: list[tuple[list[ClassificationRequest], int]] = []

    def classify(self, requests: Sequence[ClassificationRequest], top: int = 5) -> list[Classification]:
        self.calls.append((list(requests), top))
        return [self._one(request.description, top) for request in requests]

    def _one(self, description: str, top: int) -> Classification:
        scored = self.table.get(description, [])[:top]
        candidates = [Candidate(code, score, "lexicon match", tariff_text=TEXTS.get(code)) for code, score in scored]
        return Classification(candidates, Source.ENGINE, scored[0][1] if scored else 0.0, True, ["engine note"])


_LINE = re.compile(r'^Line (\d+)\n  description: "(.*)"$', re.MULTILINE)


def prompt_lines(call: ModelCall) -> dict[int, str]:
    """Line id -> description, read back from the batch message the agent received."""
    text = call.input if isinstance(call.input, str) else call.input[-1]["content"]
    return {int(line_id): description for line_id, description in _LINE.findall(text)}


def answer_step(lines: list[LineAnswer], usage: Usage | None = None) -> ModelStep:
    payload = BatchAnswer(lines=lines).model_dump_json()
    return ModelStep(output=[assistant_message(payload)], usage=usage or Usage(requests=1))


def line(line_id: int, hs6: str, confidence: float = 0.9, **extra: object) -> LineAnswer:
    fields: dict[str, object] = {"national_code": None, "rationale": f"heading text fits {hs6}", "alternatives": []}
    fields.update(extra)
    return LineAnswer(line_id=line_id, hs6=hs6, confidence=confidence, **fields)  # type: ignore[arg-type]


def alternative(code: str) -> AlternativeCode:
    return AlternativeCode(code=code, why=f"{code} fits less")


def answering(codes: dict[str, str]) -> ModelStep:
    """A step answering each line of whatever batch it gets with the code its description maps to."""
    return ModelStep.respond(lambda call: answer_step([line(i, codes[d]) for i, d in prompt_lines(call).items()]))
