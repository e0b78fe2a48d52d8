from datetime import date

import pytest

from adapters.clock.fixed import FixedClock
from adapters.tariff.in_memory import InMemoryTariffStore
from adapters.tariff.units import supplementary_unit
from application.ports.tariff import TariffRow
from application.tariff.import_tariff import ImportNationalTariff, TariffImported, TariffRejected
from tests.application.tariff.tariff_world import TODAY, NineDigitCountries, RowsReader, nomenclature, row


def _import(
    rows: list[TariffRow], store: InMemoryTariffStore | None = None
) -> tuple[TariffImported, InMemoryTariffStore]:
    store = store if store is not None else InMemoryTariffStore()
    use_case = ImportNationalTariff(
        RowsReader(rows), nomenclature(), NineDigitCountries(), supplementary_unit, store, FixedClock(TODAY)
    )
    return use_case(b"tariff bytes", "tariff.csv", "tm"), store


def _rejected(rows: list[TariffRow]) -> tuple[TariffRejected, InMemoryTariffStore]:
    store = InMemoryTariffStore()
    with pytest.raises(TariffRejected) as raised:
        _import(rows, store)
    return raised.value, store


def test_a_good_file_becomes_the_current_tariff_with_codes_normalised_to_digits() -> None:
    imported, store = _import([
        row(3, "8418 10 200", valid_from="01.01.2024", valid_to="2030-12-31 00:00:00"),
        row(4, "8418.10.800", ru="Прочие", unit="-"),
        row(5, "1101 00 150", ru="Мука из мягкой пшеницы", unit="KGM"),
    ])  # fmt: skip

    current = store.current("TM")
    assert current is not None
    assert [ln.code for ln in current.lines] == ["841810200", "841810800", "110100150"]
    first = current.lines[0]
    assert (first.supplementary_unit, first.valid_from, first.valid_to) == ("H87", date(2024, 1, 1), date(2030, 12, 31))
    assert current.lines[1].supplementary_unit is None
    assert (imported.lines, imported.subheadings, imported.country) == (3, 2, "TM")
    assert imported.version.startswith("20250601T090000Z-")


def test_every_wrong_row_is_listed_with_row_and_column_and_nothing_is_imported() -> None:
    rejected, store = _rejected([
        row(2, "8418 10 200"),
        row(3, "8418 10 20"),
        row(4, "9999 99 100"),
        row(5, "8418 10 300", unit="блистер"),
        row(6, "8418 10 400", valid_from="31.02.2024"),
        row(7, "8418 1O 500"),
        row(8, "8418 10 600", ru=None),
        row(9, "8418 10 700", valid_from="2024-06-01", valid_to="2024-01-01"),
    ])  # fmt: skip

    found = [(p.row, p.column) for p in rejected.problems]
    assert found == [(3, "код"), (4, "код"), (5, "ед. изм."), (6, "действует с"), (7, "код"),
                     (8, "description"), (9, "действует по")]  # fmt: skip
    text = str(rejected)
    assert "tariff.csv: 7 problem(s), nothing imported" in text
    assert "row 3, column 'код': '8418 10 20' has 8 digits; TM tariff lines have 9" in text
    assert "999999 is not an HS subheading" in text
    assert "'блистер' is not a unit we know" in text
    assert "'31.02.2024' is not a date" in text
    assert store.current("TM") is None


def test_a_code_that_lost_its_leading_zero_in_excel_is_named_as_such() -> None:
    rejected, _ = _rejected([row(2, "90210000")])

    assert "a leading zero lost in Excel?" in str(rejected)


def test_the_same_code_twice_for_overlapping_periods_is_refused_but_successive_versions_are_kept() -> None:
    rejected, _ = _rejected([row(2, "841810200"), row(3, "841810200", valid_from="2025-01-01")])
    assert str(rejected.problems[0]) == "row 3, column 'код': 841810200 is also on row 2 for an overlapping period"

    _, store = _import([row(2, "841810200", valid_to="2024-12-31"), row(3, "841810200", valid_from="2025-01-01")])
    current = store.current("TM")
    assert current is not None
    assert len(current.lines) == 2


def test_heading_rows_of_the_tariff_tree_are_skipped_and_counted() -> None:
    imported, store = _import(
        [row(2, "8418", unit=None), row(3, "", ru="– – прочие:"), row(4, "8418 10 800", ru="– – прочие")]
    )

    assert imported.heading_rows == 2
    current = store.current("TM")
    assert current is not None
    assert current.lines[0].texts == {"ru": "прочие"}


def test_a_file_with_no_national_line_is_refused() -> None:
    rejected, _ = _rejected([row(2, "8418", unit=None)])

    assert "the file has no national tariff lines" in str(rejected)


def test_a_new_import_replaces_the_current_version_and_keeps_the_old_one() -> None:
    _, store = _import([row(2, "841810200")])
    _import([row(2, "841810200"), row(3, "841810800", ru="Прочие")], store)

    assert [len(t.lines) for t in store.versions["TM"]] == [1, 2]
