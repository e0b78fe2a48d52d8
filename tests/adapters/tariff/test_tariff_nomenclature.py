from datetime import UTC, date, datetime

from adapters.classification.nomenclature.in_memory import InMemoryNomenclature
from adapters.clock.fixed import FixedClock
from adapters.tariff.in_memory import InMemoryTariffStore
from adapters.tariff.tariff_nomenclature import TariffNomenclature
from domain.classification.national_tariff import NationalTariff, NationalTariffLine
from domain.declaration.classified_line import NO_SUPPLEMENTARY_UNIT

NOW = datetime(2025, 6, 1, tzinfo=UTC)


def _nomenclature(*lines: NationalTariffLine) -> TariffNomenclature:
    store = InMemoryTariffStore()
    if lines:
        store.save(NationalTariff("TM", "v1", NOW, "tariff.csv", lines))
    inner = InMemoryNomenclature({"841810": "Combined refrigerator-freezers"}, {("841810", "TM"): [("841810000", "x")]})
    return TariffNomenclature(inner, store, FixedClock(NOW))


def test_national_lines_in_force_come_from_the_imported_tariff() -> None:
    nomenclature = _nomenclature(
        NationalTariffLine("TM", "841810200", {"ru": "Двухкамерные"}),
        NationalTariffLine("TM", "841810100", {"ru": "Старые"}, valid_to=date(2023, 12, 31)),
    )

    assert nomenclature.national_lines("841810", "TM") == [("841810200", "Двухкамерные")]
    assert nomenclature.tariff_text("8418 10 200") == "Двухкамерные"
    assert nomenclature.tariff_text("841810100") is None
    assert nomenclature.tariff_text("841810") == "Combined refrigerator-freezers"


def test_a_national_line_is_told_in_the_language_asked_for_when_the_tariff_has_it() -> None:
    nomenclature = _nomenclature(NationalTariffLine("TM", "841810200", {"ru": "Двухкамерные", "en": "Two doors"}))

    assert nomenclature.tariff_text("841810200", "en") == "Two doors"
    assert nomenclature.tariff_text("841810200", "tk") == "Двухкамерные"  # none in Turkmen: the tariff's first
    assert nomenclature.tariff_text("841810200") == "Двухкамерные"


def test_without_an_imported_tariff_the_inner_nomenclature_answers() -> None:
    nomenclature = _nomenclature()

    assert nomenclature.national_lines("841810", "TM") == [("841810000", "x")]
    assert nomenclature.tariff_text("841810000") == "x"


def test_a_national_line_names_its_supplementary_unit_or_that_it_has_none() -> None:
    nomenclature = _nomenclature(
        NationalTariffLine("TM", "841810200", {"ru": "Двухкамерные"}, supplementary_unit="H87"),
        NationalTariffLine("TM", "841810900", {"ru": "Прочие"}),
    )

    assert nomenclature.supplementary_unit("841810200") == "H87"
    assert nomenclature.supplementary_unit("841810900") == NO_SUPPLEMENTARY_UNIT
    assert nomenclature.supplementary_unit("841810300") is None  # no such line: the list's own units stand


def test_a_tariff_imported_without_units_leaves_every_lines_unit_unknown() -> None:
    nomenclature = _nomenclature(NationalTariffLine("TM", "841810200", {"ru": "Двухкамерные"}))
    assert nomenclature.supplementary_unit("841810200") is None  # the list's own units stand
