"""A job classified before the tariff was imported gets the tariff's national lines when its declaration is built
again: the engine's undivided codes are settled, a typed line the tariff now has loses its 'cannot be verified'."""

from adapters.clock.fixed import FixedClock
from adapters.tariff.in_memory import InMemoryTariffStore
from adapters.tariff.tariff_nomenclature import TariffNomenclature
from application.ports.jobs import JobLine
from application.processing.current_tariff import under_current_tariff
from application.tariff.national_line_chooser import NationalLineChooser
from domain.classification.candidate import Candidate, Classification, Source
from domain.goods.product_line import ProductLine
from tests.application.tariff.tariff_world import TODAY, line, nomenclature, tariff
from tests.application.tariff.test_national_line_chooser import ScriptedClassifier

NOTHING_ASKED = ScriptedClassifier()  # settling asks no classifier: the codes are the lines' own

TYPED_BEFORE = (
    "the imported tariff of TM has no national line under 841810, so 841810200 cannot be verified: it is declared "
    "as 841810000, national subdivision not verified"
)


def job_line(row: int, description: str, chosen: Candidate, source: Source, notes: list[str]) -> JobLine:
    return JobLine(ProductLine(row, description), Classification([chosen], source, 0.9, notes=notes))


def test_lines_classified_before_the_tariff_get_its_lines_and_lose_notes_it_answers() -> None:
    lines = [
        job_line(1, "Цемент М500 навалом", Candidate("252329", 0.9, "matched 252329"), Source.ENGINE, []),
        job_line(
            2,
            "Холодильник двухкамерный",
            Candidate("841810", 1.0, "chosen in review by broker", "841810200"),
            Source.REVIEW,
            [TYPED_BEFORE],
        ),
        job_line(3, "Wheat flour", Candidate("110100", 0.9, "matched 110100"), Source.ENGINE, []),  # not divided
    ]
    store, clock = InMemoryTariffStore(), FixedClock(TODAY)
    assert under_current_tariff(lines, NationalLineChooser(NOTHING_ASKED, store, "TM", clock),
                                TariffNomenclature(nomenclature(), store, clock), "TM") == []  # fmt: skip

    store.save(tariff(line("252329000", "Портландцемент прочий"), line("841810200", "Холодильники двухкамерные")))
    changed = under_current_tariff(lines, NationalLineChooser(NOTHING_ASKED, store, "TM", clock),
                                   TariffNomenclature(nomenclature(), store, clock), "TM")  # fmt: skip

    assert [job_line.row for job_line in changed] == [1, 2]
    cement, fridge = (job_line.classification for job_line in changed)
    assert cement is not None and fridge is not None
    assert cement.candidates[0].national_code == "252329000"
    assert cement.candidates[0].rationale.endswith("national line 2523 29 000 chosen: only line under 252329")
    assert (fridge.candidates[0].national_code, fridge.notes, fridge.source) == ("841810200", [], Source.REVIEW)


def test_settling_again_changes_nothing_and_a_typed_line_the_tariff_lacks_keeps_no_stale_note() -> None:
    store, clock = InMemoryTariffStore(), FixedClock(TODAY)
    store.save(tariff(line("841810200", "Холодильники двухкамерные"), line("841810800", "Прочие")))
    chooser, texts = (
        NationalLineChooser(NOTHING_ASKED, store, "TM", clock),
        TariffNomenclature(nomenclature(), store, clock),
    )
    typed = Candidate("841810", 1.0, "chosen in review by broker", "841810900")  # a line the tariff lacks
    lines = [job_line(1, "Холодильник двухкамерный бытовой", typed, Source.REVIEW, [TYPED_BEFORE])]

    (changed,) = under_current_tariff(lines, chooser, texts, "TM")
    assert changed.classification is not None
    assert changed.classification.candidates[0].national_code in ("841810200", "841810800")
    assert not any("cannot be verified" in note for note in changed.classification.notes)
    assert under_current_tariff([changed], chooser, texts, "TM") == []  # the next build finds nothing to settle
