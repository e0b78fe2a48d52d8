from dataclasses import replace

from adapters.classification.nomenclature import InMemoryNomenclature
from adapters.classification.offline.declared import apply_declared
from adapters.classification.offline.ranking import Ranking
from domain.classification.candidate import Candidate, Classification, Source

NOMENCLATURE = InMemoryNomenclature({"330410": "lip make-up", "330420": "eye make-up", "330499": "other"})
RANKING = Ranking("lip gloss", ["330410", "330420"], [0.8, 0.2], [0.5, 0.3], [1.0, 0.5, 0.5, 1.0, 0.5], [])


def _engine() -> Classification:
    candidates = [Candidate("330410", 0.8, "lexicon 'lip gloss'"), Candidate("330420", 0.2, "tariff words")]
    return Classification(candidates, confidence=0.95, needs_review=False)


def _candidate_at(position: int) -> Candidate:
    return _engine().candidates[position]


def test_a_declared_code_the_engine_agrees_with_keeps_the_engines_confidence() -> None:
    result = apply_declared(_engine(), "3304.10.000", RANKING, NOMENCLATURE, 0.9, _candidate_at)

    assert result.source is Source.DECLARED
    assert [candidate.hs6 for candidate in result.candidates] == ["330410", "330420"]
    assert result.confidence == 0.95
    assert not result.needs_review
    assert result.candidates[0].rationale.startswith("declared by the supplier; lexicon 'lip gloss'")


def test_a_declared_code_the_engine_ranks_lower_stays_first_but_needs_review() -> None:
    result = apply_declared(_engine(), "330420", RANKING, NOMENCLATURE, 0.9, _candidate_at)

    assert [candidate.hs6 for candidate in result.candidates] == ["330420", "330410"]
    assert result.confidence == 0.2
    assert result.needs_review
    assert result.notes == ["declared code 330420 differs from the engine's first choice 330410"]


def test_a_declared_code_outside_the_engines_candidates_gets_no_confidence() -> None:
    result = apply_declared(_engine(), "330499", RANKING, NOMENCLATURE, 0.9, _candidate_at)

    assert result.candidates[0].hs6 == "330499"
    assert result.candidates[0].tariff_text == "other"
    assert result.confidence == 0.0


def test_a_declared_code_that_does_not_exist_is_noted_and_the_engine_decides() -> None:
    result = apply_declared(_engine(), "3304.77", RANKING, NOMENCLATURE, 0.9, _candidate_at)

    assert result.source is Source.ENGINE
    assert result.chosen is not None and result.chosen.hs6 == "330410"
    assert result.notes == ["declared code 3304.77 does not exist"]


TITANIUM = InMemoryNomenclature({"320611": "titanium dioxide pigments", "382319": "industrial fatty acids: other"})
TITANIUM_RANKING = Ranking("titanium dioxide", ["320611"], [1.0], [0.9], [1.0, 0.5, 0.5, 1.0, 0.5], [])


def test_a_declared_code_the_engine_is_sure_is_wrong_stays_first_but_is_a_conflict() -> None:
    engine = Classification([Candidate("320611", 1.0, "lexicon", tariff_text="titanium dioxide pigments")],
                            confidence=0.97, needs_review=False)  # fmt: skip

    result = apply_declared(engine, "3823.19", TITANIUM_RANKING, TITANIUM, 0.9, lambda n: engine.candidates[n])

    assert [candidate.hs6 for candidate in result.candidates] == ["382319"]  # never replaced silently
    assert result.source is Source.DECLARED and result.needs_review
    assert result.conflict is not None
    assert (result.conflict.declared, result.conflict.declared_text) == ("382319", "industrial fatty acids: other")
    assert (result.conflict.engine, result.conflict.engine_confidence) == ("320611", 0.97)


def test_a_declared_code_the_engine_is_unsure_against_is_no_conflict() -> None:
    unsure = replace(_engine(), confidence=0.6, needs_review=True)

    result = apply_declared(unsure, "330420", RANKING, NOMENCLATURE, 0.9, _candidate_at)

    assert result.conflict is None and result.needs_review


def test_a_declared_code_the_line_contradicts_is_a_conflict_unless_the_engines_code_is_contradicted_too() -> None:
    tea = InMemoryNomenclature({"090230": "not exceeding 3 kg", "090240": "exceeding 3 kg"})
    engine = Classification([Candidate("090230", 0.99, "figures"), Candidate("090240", 0.0, "")], confidence=0.6)
    ranking = Ranking("tea, packs of 250 g", ["090230", "090240"], [0.99, 0.0], [0.5, 0.5], [], [])
    ranking.contradicted = {"090240": "0.25 kg"}

    result = apply_declared(engine, "0902.40", ranking, tea, 0.9, lambda n: engine.candidates[n])
    assert result.conflict is not None and result.conflict.contradiction == "0.25 kg"
    assert result.needs_review

    ranking.contradicted["090230"] = "0.25 kg"  # the line excludes both: the engine knows no better, no conflict
    assert apply_declared(engine, "0902.40", ranking, tea, 0.9, lambda n: engine.candidates[n]).conflict is None
