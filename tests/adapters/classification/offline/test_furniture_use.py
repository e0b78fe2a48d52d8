import pytest

from adapters.classification.offline.attributes import stated_values, tariff_values
from adapters.classification.offline.furniture_use import FURNITURE_USE


@pytest.mark.parametrize(
    ("tariff_text", "values"),
    [
        ("Furniture; metal, for office use", {"office"}),
        ("Furniture; metal, other than for office use", {"other use"}),
        ("Furniture; wooden, for kitchen use", {"kitchen"}),
        ("Furniture; wooden, other than for office, kitchen or bedroom use", {"other use"}),
        ("Seats; swivel with variable height adjustment of wood", set()),
    ],
)
def test_the_use_9403_splits_on_is_read_from_its_texts(tariff_text: str, values: set[str]) -> None:
    assert tariff_values(FURNITURE_USE, tariff_text) == values


@pytest.mark.parametrize(
    ("line", "values"),
    [
        ("Шкаф металлический архивный для офиса, 1860х850х500 мм", {"office"}),
        ("Ofis stoly LDSP, 1200x600x750 mm", {"office"}),
        ("Kitchen cabinet set wooden, flat packed", {"kitchen"}),
        ("Спальный гарнитур: кровать, шкаф, тумбы", {"bedroom"}),
        ("Стеллаж металлический 2000х1000х500", set()),
    ],
)
def test_lines_state_the_room_in_three_languages(line: str, values: set[str]) -> None:
    assert stated_values(FURNITURE_USE, line) == values
