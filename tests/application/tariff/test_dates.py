from datetime import date

import pytest

from application.tariff.dates import tariff_date


@pytest.mark.parametrize(
    "text", ["2024-03-01", "2024-03-01 00:00:00", "2024-03-01T00:00:00", "01.03.2024", "01/03/2024", " 1.3.2024 "]
)
def test_the_ways_a_tariff_writes_a_date(text: str) -> None:
    assert tariff_date(text) == date(2024, 3, 1)


@pytest.mark.parametrize("text", ["31.02.2024", "2024-13-01", "March 2024", "45352", ""])
def test_what_is_no_date(text: str) -> None:
    assert tariff_date(text) is None
