"""The SAMPLE tariff in examples/ imports cleanly against the real HS nomenclature and exercises the choice."""

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from adapters.classification.nomenclature.hs_nomenclature import HsNomenclature
from adapters.clock.fixed import FixedClock
from adapters.declaration.country_registry import DeclarationCountries
from adapters.tariff.file_reader import PolarsTariffFileReader
from adapters.tariff.in_memory import InMemoryTariffStore
from adapters.tariff.units import supplementary_unit
from application.tariff.import_tariff import ImportNationalTariff

SAMPLE = Path(__file__).resolve().parents[3] / "examples" / "tariff-tm-sample.csv"


def test_the_sample_is_labelled_as_such_and_imports_whole() -> None:
    data = SAMPLE.read_bytes()
    assert data.decode().startswith("# SAMPLE — not the official Turkmen tariff")
    store, imported_on = InMemoryTariffStore(), datetime(2025, 6, 1, tzinfo=UTC)
    use_case = ImportNationalTariff(
        PolarsTariffFileReader(), HsNomenclature(), DeclarationCountries(), supplementary_unit, store,
        FixedClock(imported_on),
    )  # fmt: skip

    imported = use_case(data, SAMPLE.name, "TM")

    tariff = store.current("TM")
    assert tariff is not None
    assert imported.lines >= 60
    assert all(set(line.texts) == {"tk", "ru", "en"} for line in tariff.lines)
    lines_per_subheading = Counter(line.hs6 for line in tariff.lines if line.valid_on(imported_on.date()))
    assert sum(1 for count in lines_per_subheading.values() if count >= 2) >= 10
