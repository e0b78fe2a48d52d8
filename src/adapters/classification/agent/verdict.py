"""Turning the agent's answer for a line into a Classification, or keeping the engine's answer."""

from dataclasses import replace

from adapters.classification.agent.answer import LineAnswer
from application.ports.classifier import Nomenclature
from domain.classification.candidate import Candidate, Classification, Source
from domain.classification.commodity_code import digits_of


class UnusableAnswer(ValueError):
    """The agent's answer for a line cannot be used; the message says why."""


def engine_kept(hint: Classification, reason: str, top: int) -> Classification:
    """The hints classifier's answer, noted with why the agent's was not used."""
    note = f"agent failed: {reason}, engine answer kept"
    return replace(hint, candidates=hint.candidates[:top], notes=[*hint.notes, note])


def agent_classification(
    answer: LineAnswer, nomenclature: Nomenclature, review_below: float, top: int
) -> Classification:
    """The agent's choice first, then its alternatives sharing what confidence it left over."""
    hs6 = _subheading(answer.hs6, nomenclature)
    if hs6 is None:
        raise UnusableAnswer(f"'{answer.hs6}' is not an HS-6 subheading of the nomenclature")
    confidence = min(1.0, max(0.0, answer.confidence))
    notes: list[str] = []
    national = _national_line(answer.national_code, hs6, nomenclature)
    if answer.national_code and national is None:
        notes.append(f"national code {answer.national_code} is not a tariff line under {hs6}, left out")
    chosen = Candidate(hs6, confidence, answer.rationale, national, nomenclature.tariff_text(national or hs6))
    alternatives: dict[str, str] = {}
    for alternative in answer.alternatives:
        code = _subheading(alternative.code, nomenclature)
        if code is not None and code != hs6:
            alternatives.setdefault(code, alternative.why)
    kept = list(alternatives.items())[: max(0, top - 1)]
    share = min(confidence, (1.0 - confidence) / len(kept)) if kept else 0.0
    candidates = [chosen] + [
        Candidate(code, share, why, tariff_text=nomenclature.tariff_text(code)) for code, why in kept
    ]
    return Classification(
        candidates=candidates[:top],
        source=Source.AGENT,
        confidence=confidence,
        needs_review=confidence < review_below,
        notes=notes,
    )


def _subheading(code: str, nomenclature: Nomenclature) -> str | None:
    digits = digits_of(code)
    if len(digits) != 6 or nomenclature.tariff_text(digits) is None:
        return None
    return digits


def _national_line(code: str | None, hs6: str, nomenclature: Nomenclature) -> str | None:
    digits = digits_of(code or "")
    if len(digits) <= 6 or not digits.startswith(hs6) or nomenclature.tariff_text(digits) is None:
        return None
    return digits
