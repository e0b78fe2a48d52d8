import pytest

from adapters.classification.agent.verdict import UnusableAnswer, agent_classification, engine_kept
from domain.classification.candidate import Candidate, Classification, Source

from .doubles import TextNomenclature, alternative, line

NOMENCLATURE = TextNomenclature()


def test_alternatives_share_what_confidence_is_left_and_never_outrank_the_choice() -> None:
    answer = line(1, "847130", confidence=0.2, alternatives=[alternative("847141"), alternative("851762")])

    found = agent_classification(answer, NOMENCLATURE, review_below=0.8, top=5)

    assert [(c.hs6, c.score) for c in found.candidates] == [("847130", 0.2), ("847141", 0.2), ("851762", 0.2)]


def test_alternatives_are_deduplicated_checked_and_cut_to_top() -> None:
    answer = line(
        1,
        "851712",
        confidence=0.6,
        alternatives=[alternative("851712"), alternative("8517.62"), alternative("851762"), alternative("12")],
    )

    found = agent_classification(answer, NOMENCLATURE, review_below=0.8, top=2)

    assert [c.hs6 for c in found.candidates] == ["851712", "851762"]
    assert found.candidates[1].score == pytest.approx(0.4)
    assert found.candidates[1].rationale == "8517.62 fits less"


def test_confidence_outside_0_1_is_clamped() -> None:
    found = agent_classification(line(1, "640399", confidence=1.7), NOMENCLATURE, review_below=0.8, top=5)

    assert found.confidence == 1.0
    assert found.candidates[0].score == 1.0


@pytest.mark.parametrize("national", ["8517120000", "8471300001", "84713"])
def test_a_national_code_not_in_the_tariff_under_the_subheading_is_left_out_with_a_note(national: str) -> None:
    answer = line(1, "847130", national_code=national)

    found = agent_classification(answer, NOMENCLATURE, review_below=0.8, top=5)

    assert found.source is Source.AGENT
    assert found.candidates[0].national_code is None
    assert (
        found.candidates[0].tariff_text == "Portable automatic data processing machines, weighing not more than 10 kg"
    )
    assert found.notes == [f"national code {national} is not a tariff line under 847130, left out"]


def test_an_unknown_subheading_is_unusable() -> None:
    with pytest.raises(UnusableAnswer, match="'847199' is not an HS-6 subheading"):
        agent_classification(line(1, "847199"), NOMENCLATURE, review_below=0.8, top=5)


def test_the_engine_answer_is_kept_whole_with_the_reason() -> None:
    hint = Classification(
        [Candidate("847130", 0.6, "lexicon"), Candidate("847141", 0.2, "lexicon")],
        Source.ENGINE,
        0.6,
        needs_review=False,
        notes=["material not stated"],
    )

    kept = engine_kept(hint, "timeout", top=1)

    assert kept.source is Source.ENGINE
    assert kept.confidence == 0.6
    assert not kept.needs_review
    assert [c.hs6 for c in kept.candidates] == ["847130"]
    assert kept.notes == ["material not stated", "agent failed: timeout, engine answer kept"]
    assert hint.notes == ["material not stated"]
