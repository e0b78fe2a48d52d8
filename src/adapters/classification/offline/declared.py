"""A supplier's declared code: kept when it exists, with the engine's agreement as confidence; a conflict to decide
when the engine is sure of another code (domain/classification/declared_conflict.py)."""

from collections.abc import Callable

from adapters.classification.offline.ranking import Ranking
from application.ports.classifier import Nomenclature
from domain.classification.candidate import DECLARED_DIFFERS, Candidate, Classification, Source
from domain.classification.commodity_code import digits_of
from domain.classification.declared_conflict import declared_conflict


def apply_declared(
    engine: Classification,
    declared_code: str,
    ranking: Ranking,
    nomenclature: Nomenclature,
    auto_accept: float,
    candidate_at: Callable[[int], Candidate],
) -> Classification:
    """The declared HS-6 goes first; confidence is the engine's support for it.

    When the engine ranks it first, its calibrated confidence stands; otherwise the declared code's
    share of the engine's support is the confidence, and a note names what the engine prefers; where the engine is
    sure of its own, or the line states what the declared code excludes and the engine's first choice does not,
    the line carries the conflict and needs review whatever its confidence.
    An HS-6 that does not exist is noted and the engine's own ranking is returned.
    """
    hs6 = digits_of(declared_code)[:6]
    if len(hs6) < 6 or nomenclature.tariff_text(hs6) is None:
        engine.notes.append(f"declared code {declared_code} does not exist")
        return engine
    others = [candidate for candidate in engine.candidates if candidate.hs6 != hs6]
    if hs6 in ranking.codes:
        position = ranking.codes.index(hs6)
        own = candidate_at(position)
        confidence = engine.confidence if position == 0 else own.score
    else:
        position = None
        own = Candidate(
            hs6=hs6,
            score=0.0,
            rationale="not among the engine's candidates",
            tariff_text=nomenclature.tariff_text(hs6),
        )
        confidence = 0.0
    notes = list(engine.notes)
    if position != 0 and engine.chosen is not None:
        notes.append(f"declared code {hs6} {DECLARED_DIFFERS} {engine.chosen.hs6}")
    declared = Candidate(
        own.hs6, own.score, f"declared by the supplier; {own.rationale}", own.national_code, own.tariff_text
    )
    conflict = None
    if engine.chosen:
        excluded = "" if engine.chosen.hs6 in ranking.contradicted else ranking.contradicted.get(hs6, "")
        conflict = declared_conflict(declared, engine.chosen, engine.confidence, auto_accept, excluded)
    return Classification(
        candidates=[declared, *others][: max(len(engine.candidates), 1)],
        source=Source.DECLARED,
        confidence=confidence,
        needs_review=confidence < auto_accept or conflict is not None,
        notes=notes,
        conflict=conflict,
    )
