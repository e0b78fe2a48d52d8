from collections.abc import Sequence
from datetime import date

from adapters.clock.fixed import FixedClock
from adapters.tariff.in_memory import InMemoryTariffStore
from application.ports.classifier import ClassificationRequest
from application.tariff.national_line_chooser import NationalLineChooser
from domain.classification.candidate import Candidate, Classification
from domain.classification.national_tariff import NationalTariff
from tests.application.tariff.tariff_world import TODAY, line, tariff

LINES = tariff(
    line("841810100", "Холодильники двухкамерные", valid_to=date(2023, 12, 31)),
    line("841810200", "Холодильники-морозильники двухкамерные бытовые"),
    line("841810400", "Холодильники-морозильники встраиваемые"),
    line("841810800", "Прочие холодильники-морозильники"),
    line("252329000", "Портландцемент прочий"),
    line("870323190", "Автомобили легковые новые"),
    line("870323900", "Автомобили легковые бывшие в употреблении"),
)


class ScriptedClassifier:
    """The inner Classifier: answers every request with the candidates it was given."""

    def __init__(self, *hs6: str, national: str | None = None) -> None:
        self.hs6, self.national = hs6, national

    def classify(self, requests: Sequence[ClassificationRequest], top: int = 5) -> list[Classification]:
        candidates = [Candidate(code, 0.9 - 0.1 * rank, f"matched {code}") for rank, code in enumerate(self.hs6)]
        if self.national:
            candidates[0] = Candidate(self.hs6[0], 0.9, "declared", national_code=self.national)
        return [Classification(list(candidates), confidence=0.9, needs_review=False) for _ in requests]


def _chosen(description: str, inner: ScriptedClassifier, current: NationalTariff | None = LINES) -> Classification:
    store = InMemoryTariffStore()
    if current is not None:
        store.save(current)
    chooser = NationalLineChooser(inner, store, "TM", FixedClock(TODAY))
    return chooser.classify([ClassificationRequest(description)])[0]


def test_the_only_line_under_the_subheading_is_filled_in_with_its_text_and_reason() -> None:
    result = _chosen("Цемент М500 навалом", ScriptedClassifier("252329"))

    chosen = result.candidates[0]
    assert (chosen.national_code, chosen.tariff_text) == ("252329000", "Портландцемент прочий")
    assert chosen.rationale == "matched 252329; national line 2523 29 000 chosen: only line under 252329"


def test_the_best_of_several_lines_is_chosen_for_every_candidate_expired_lines_left_out() -> None:
    result = _chosen("Холодильник двухкамерный Artel", ScriptedClassifier("841810", "252329"))

    first, second = result.candidates
    assert first.national_code == "841810200"
    assert first.rationale.endswith("national line 8418 10 200 chosen: best match 'двухкамерные' among 3 lines")
    assert first.tariff_text == "Холодильники-морозильники двухкамерные бытовые"
    assert second.national_code == "252329000"
    assert (result.confidence, result.needs_review) == (0.9, False)


def test_without_an_imported_tariff_the_classification_is_left_as_it_was() -> None:
    result = _chosen("Холодильник двухкамерный", ScriptedClassifier("841810"), current=None)

    assert result.candidates[0].national_code is None
    assert result.candidates[0].rationale == "matched 841810"


def test_a_subheading_the_tariff_does_not_divide_keeps_no_national_code() -> None:
    result = _chosen("Мука пшеничная", ScriptedClassifier("110100"))

    assert result.candidates[0].national_code is None
    assert result.notes == []


def test_an_undecided_line_puts_a_line_of_the_tariff_provisionally_notes_why_and_asks_for_review() -> None:
    result = _chosen("Toyota Camry 2019", ScriptedClassifier("870323"))

    chosen = result.candidates[0]
    assert (chosen.national_code, chosen.tariff_text) == ("870323190", "Автомобили легковые новые")
    assert result.notes == [
        "national line under 870323 not decided: the description names none of the 2 national lines under 870323; "
        "8703 23 190 put provisionally, check it"
    ]
    assert result.needs_review


def test_lines_fitting_equally_put_one_of_them_provisionally_never_the_undivided_code() -> None:
    tied = tariff(
        line("151219100", "Масло подсолнечное рафинированное"),
        line("151219500", "Масло хлопковое"),
        line("151219900", "Масло сафлоровое рафинированное"),
    )

    result = _chosen("Масло рафинированное", ScriptedClassifier("151219"), current=tied)

    assert result.candidates[0].national_code == "151219100"
    assert result.notes[0].endswith(
        "fits national lines 1512 19 100, 1512 19 900 equally; 1512 19 100 put provisionally, check it"
    )
    assert result.needs_review


def test_a_national_code_already_given_is_kept_when_it_is_a_line_in_force() -> None:
    result = _chosen("Холодильник", ScriptedClassifier("841810", national="841810400"))

    chosen = result.candidates[0]
    assert (chosen.national_code, chosen.rationale) == ("841810400", "declared")
    assert chosen.tariff_text == "Холодильники-морозильники встраиваемые"


def test_a_national_code_no_longer_in_force_is_replaced_and_the_rationale_says_so() -> None:
    result = _chosen("Холодильник двухкамерный", ScriptedClassifier("841810", national="841810100"))

    chosen = result.candidates[0]
    assert chosen.national_code == "841810200"
    assert "841810100 is not a national line in force; national line 8418 10 200 chosen" in chosen.rationale


def test_the_suppliers_declared_code_is_used_when_it_names_a_line_in_force() -> None:
    store = InMemoryTariffStore()
    store.save(LINES)
    chooser = NationalLineChooser(ScriptedClassifier("841810"), store, "TM", FixedClock(TODAY))

    (result,) = chooser.classify([ClassificationRequest("Холодильник Atlant", "8418104001")])

    assert result.candidates[0].national_code == "841810400"
    assert result.candidates[0].rationale.endswith("declared by the supplier (8418104001), a line in force among 3")


def test_a_remembered_line_that_a_newer_tariff_dropped_is_chosen_again_with_a_note() -> None:
    store = InMemoryTariffStore()
    store.save(LINES)
    chooser = NationalLineChooser(ScriptedClassifier("841810"), store, "TM", FixedClock(TODAY))
    remembered = Classification(
        [Candidate("841810", 1.0, "from memory", national_code="841810100")], confidence=1.0, needs_review=False
    )

    (settled,) = chooser.settle([ClassificationRequest("Холодильник двухкамерный")], [remembered])

    assert settled.candidates[0].national_code == "841810200"
    assert settled.candidates[0].rationale.startswith("from memory; 841810100 is not a national line in force")
    assert settled.notes == ["841810100 is not a national line in force; 841810200 chosen"]
    assert settled.needs_review  # a confirmed line was replaced: a person checks the new one


def test_a_line_chosen_across_languages_is_noted_and_marked_for_review() -> None:
    shoes = tariff(
        line("640399910", "Обувь мужская с верхом из кожи"), line("640399990", "Обувь прочая с верхом из кожи")
    )

    result = _chosen("Leather shoes", ScriptedClassifier("640399"), current=shoes)

    assert result.candidates[0].national_code == "640399990"
    assert result.notes[0].startswith("national line 6403 99 990 chosen: residual line")
    assert "perhaps written in another language" in result.notes[0]
    assert result.needs_review
