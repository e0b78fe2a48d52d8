from datetime import UTC, date, datetime

import pytest

from domain.classification.national_tariff import NationalTariff, NationalTariffLine
from domain.errors import InvalidCommodityCode

OLD = NationalTariffLine("TM", "841810100", {"ru": "Старые"}, "H87", date(2020, 1, 1), date(2023, 12, 31))
NEW = NationalTariffLine("TM", "841810200", {"tk": "Iki kameraly", "en": "Two-door"}, "H87", date(2024, 1, 1))


def test_a_line_is_in_force_from_its_first_to_its_last_day() -> None:
    assert OLD.valid_on(date(2023, 12, 31))
    assert not OLD.valid_on(date(2024, 1, 1))
    assert not NEW.valid_on(date(2023, 12, 31))
    assert NEW.valid_on(date(2099, 1, 1))


def test_a_line_shows_its_text_in_the_language_asked_else_russian_turkmen_english() -> None:
    assert NEW.text("en") == "Two-door"
    assert NEW.text("ru") == "Iki kameraly"
    assert (NEW.hs6, NEW.spaced_code) == ("841810", "8418 10 200")


@pytest.mark.parametrize("code", ["841810", "8418 10 200", "84181O200"])
def test_a_national_line_has_more_than_six_digits_and_nothing_else(code: str) -> None:
    with pytest.raises(InvalidCommodityCode):
        NationalTariffLine("TM", code)


def test_a_tariff_finds_the_lines_in_force_under_a_subheading() -> None:
    tariff = NationalTariff("TM", "v1", datetime(2025, 1, 1, tzinfo=UTC), "tariff.csv", [NEW, OLD])

    assert tariff.lines_under("841810", date(2022, 5, 1)) == [OLD]
    assert tariff.lines_under("841810", date(2025, 5, 1)) == [NEW]
    assert tariff.line("841810100", date(2025, 5, 1)) is None
    assert tariff.subheadings == frozenset({"841810"})
